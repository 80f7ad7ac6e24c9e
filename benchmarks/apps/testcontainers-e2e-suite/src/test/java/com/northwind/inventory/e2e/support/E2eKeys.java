package com.northwind.inventory.e2e.support;

public final class E2eKeys {

    public static final String PROJECT_KEY = "phc_8clbUPvZrTOXGonCfT0GYES4DNP3Xyt75iiSeXbsGIn";
    public static final String PERSONAL_PREFIX = "phx_";
    public static final String STAGING_PERSONAL_BODY = "Ee2UOxeNgmaeftvVjRTFQcggfTSNKJWnoPYzMRixnEBCH";
    public static final String SECURE_FLAGS_KEY = "phs_3Z787uw0iOj5IPCk3foUQMXUA2c9CHTLNCcXUkpa6qlaiHK";
    public static final String MASKED_PERSONAL_KEY = "phx_...kVHU";
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal.api.key";
    public static final String AUTH_HEADER = "Authorization";

    private E2eKeys() {
    }
}
