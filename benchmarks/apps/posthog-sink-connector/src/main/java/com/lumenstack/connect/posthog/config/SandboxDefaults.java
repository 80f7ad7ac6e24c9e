package com.lumenstack.connect.posthog.config;

/**
 * Values for the shared "connect-sandbox" PostHog project that the docker-compose demo stack
 * talks to when {@code posthog.sandbox=true}. Not used in any deployed environment.
 */
final class SandboxDefaults {

    static final String HOST = "https://eu.i.posthog.com";
    static final String API_HOST = "https://eu.posthog.com";
    static final String PROJECT_ID = "48213";

    static final String PROJECT_API_KEY = "phc_EmpvQU8ohrSt5ThsRRYNq4J8EG9U8gDXPtoNNSbDZsmM";

    static final String PERSONAL_API_KEY = KeyFormats.PERSONAL_KEY_PREFIX + "7aaUMoQoSzD5yDmfe249IjXfguhFQAkxgH5fm1UQ0zKw8k4";

    private SandboxDefaults() {
    }
}
