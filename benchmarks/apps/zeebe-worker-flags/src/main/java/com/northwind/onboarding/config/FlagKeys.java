package com.northwind.onboarding.config;

/**
 * Flag keys, header names and property names shared by the job workers and the REST layer.
 */
public final class FlagKeys {

    public static final String KYC_FAST_TRACK = "kyc-fast-track";
    public static final String PARTNER_AUTO_PROVISIONING = "partner-auto-provisioning";
    public static final String NEW_PRICING_PAGE = "new-pricing-page";

    /** Header the partner gateway expects the per-partner token in. */
    public static final String API_KEY_HEADER = "X-Api-Key";

    /** Name of the property holding the personal key, used in diagnostics only. */
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    public static final String PERSONAL_KEY_PREFIX = "phx_";
    public static final String PROJECT_KEY_PREFIX = "phc_";

    /** Public project key of the "Onboarding (sandbox)" project; the SPA embeds it as well. */
    public static final String SANDBOX_PROJECT_KEY = "phc_DJo7Som7vA5YE6WrKZFjzUUa2PhYbAaVbCD28S9ysd3QPBYH";

    private FlagKeys() {
    }
}
