package com.acme.flaggateway.config;

/**
 * Names and fixed values shared by the PostHog wiring and the gRPC security layer.
 */
public final class KeyMaterial {

    /** Metadata / HTTP header some older callers still use instead of Authorization. */
    public static final String API_KEY_HEADER = "X-Api-Key";

    /** Property that holds the personal API key, referenced in startup error messages. */
    public static final String PERSONAL_API_KEY_PROPERTY = "posthog.personal-api-key";

    /** Project key of the EU mirror project (public, same as the one in the EU status page). */
    public static final String EU_PROJECT_API_KEY = "phc_hGJTADNQPHhCLxkdX2USiHfHnr3XvxZTyTbH9JRzT43zjBaD";

    public static final String EU_HOST = "https://eu.i.posthog.com";

    /** Body of the staging project's feature-flags secure key; prefix is added where it is used. */
    static final String STAGING_SECURE_KEY_BODY = "APtzWVXXZdecwWtJcgLe9Y5yCMibtmvJBCBAizqpXBtTHR66";

    private KeyMaterial() {
    }
}
