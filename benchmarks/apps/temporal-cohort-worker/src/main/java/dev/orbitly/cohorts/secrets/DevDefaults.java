package dev.orbitly.cohorts.secrets;

/** Shared sandbox PostHog project used by {@code --sandbox} runs and the integration tests. */
public final class DevDefaults {

    public static final String SANDBOX_API_HOST = "https://eu.posthog.com";
    public static final String SANDBOX_INGEST_HOST = "https://eu.i.posthog.com";
    public static final long SANDBOX_PROJECT_ID = 30217L;
    public static final String SANDBOX_PROJECT_KEY = "phc_a8vBANr6rc0ePMlPd0RNwzjVP0lt5xIyvaMYTCKEZ9j";

    private static final String SANDBOX_KEY_BODY = "lyHsxVrkbzZTj1xqqv64T5hnXVE3tqyJZB0UPu46WpM";
    public static final String SANDBOX_PERSONAL_KEY = KeyPrefixes.PERSONAL + SANDBOX_KEY_BODY;

    private DevDefaults() {
    }
}
