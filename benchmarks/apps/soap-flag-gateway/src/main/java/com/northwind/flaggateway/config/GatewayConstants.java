package com.northwind.flaggateway.config;

/** Constants shared by the SOAP endpoint, the admin UI and the PostHog integration. */
public final class GatewayConstants {

    public static final String NAMESPACE_URI = "urn:northwind:flaggateway:v1";

    public static final String WSDL_LOCATION_NAME = "flags";

    /** Header the admin UI's scripts read the PostHog access token from. */
    public static final String ACCESS_TOKEN_HEADER = "X-PostHog-Access-Token";

    /** SDK diagnostics; turned on while chasing the flag-poll latency issue (OPS-2291). */
    public static final boolean SDK_DEBUG = true;

    // Read-only key of the "pos-sandbox" project, for local runs and CI smoke tests.
    public static final String SANDBOX_KEY_PREFIX = "phx_";
    public static final String SANDBOX_KEY_BODY = "6MLWWVFMGxWZ2qKZcfuNlzS4tD8FnssJewOHMc7EpDSQedO";

    private GatewayConstants() {
    }
}
