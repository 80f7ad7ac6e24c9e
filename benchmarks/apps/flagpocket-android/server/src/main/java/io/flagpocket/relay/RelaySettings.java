package io.flagpocket.relay;

/**
 * Settings of the flag relay, read once from the environment at start-up.
 */
public final class RelaySettings {

    public static final String ENV_PROJECT_KEY = "POSTHOG_API_KEY";
    public static final String ENV_PERSONAL_KEY = "POSTHOG_PERSONAL_API_KEY";
    public static final String ENV_SECURE_KEY = "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY";
    public static final String ENV_HOST = "POSTHOG_HOST";

    /** Header the app sends its device session in. */
    public static final String SESSION_HEADER_NAME = "X-Session-Token";

    /** Verbose PostHog SDK output while we chase the flag-poll timeouts (FP-212). */
    public static final boolean SDK_DEBUG = true;

    /** Keys the relay holds; kept together so they can be rotated together. */
    public record PostHogCredentials(String personalApiKey, String flagsSecureKey) {
    }

    private final String projectApiKey;
    private final String personalApiKey;
    private final String flagsSecureKey;
    private final String host;
    private final int port;

    private RelaySettings(String projectApiKey, String personalApiKey, String flagsSecureKey,
                          String host, int port) {
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.flagsSecureKey = flagsSecureKey;
        this.host = host;
        this.port = port;
    }

    public static RelaySettings fromEnvironment() {
        return new RelaySettings(
                require(ENV_PROJECT_KEY),
                require(ENV_PERSONAL_KEY),
                require(ENV_SECURE_KEY),
                optional(ENV_HOST, "https://us.i.posthog.com"),
                Integer.parseInt(optional("PORT", "8080")));
    }

    private static String require(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Missing required environment variable " + name);
        }
        return value;
    }

    private static String optional(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getFlagsSecureKey() {
        return flagsSecureKey;
    }

    public String getHost() {
        return host;
    }

    public int getPort() {
        return port;
    }

    public PostHogCredentials credentials() {
        return new PostHogCredentials(personalApiKey, flagsSecureKey);
    }
}
