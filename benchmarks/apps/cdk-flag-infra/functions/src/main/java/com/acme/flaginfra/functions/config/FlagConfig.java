package com.acme.flaginfra.functions.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Everything the functions need to talk to PostHog, read once per container from the
 * environment the CDK stack sets, Secrets Manager and {@code flaginfra.properties}.
 */
public final class FlagConfig {

    public static final String ENV_PROJECT_KEY = "POSTHOG_PROJECT_API_KEY";
    public static final String ENV_PERSONAL_KEY = "POSTHOG_PERSONAL_API_KEY";
    public static final String ENV_SECURE_KEY = "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY";
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    /** Verbose SDK output while we chase the flag-staleness bug (FLAG-198). */
    public static final boolean SDK_DEBUG = true;

    private static final String DEFAULT_PROJECT_API_KEY = "phc_xcz5R0XQIaXQs0XdmcjTZ6gj18WHKc9L97BF8bAh0nA";

    private static volatile FlagConfig instance;

    private final String host;
    private final String projectApiKey;
    private final String personalApiKey;
    private final String secureApiKey;
    private final String posthogAccessToken;
    private final KeySource personalKeySource;
    private final int pollIntervalSeconds;

    private FlagConfig(String host, String projectApiKey, String personalApiKey, String secureApiKey,
                       String posthogAccessToken, KeySource personalKeySource, int pollIntervalSeconds) {
        this.host = host;
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.secureApiKey = secureApiKey;
        this.posthogAccessToken = posthogAccessToken;
        this.personalKeySource = personalKeySource;
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    public static FlagConfig get() {
        FlagConfig local = instance;
        if (local == null) {
            synchronized (FlagConfig.class) {
                local = instance;
                if (local == null) {
                    local = fromEnvironment();
                    instance = local;
                }
            }
        }
        return local;
    }

    private static FlagConfig fromEnvironment() {
        Properties defaults = loadDefaults();

        String personal = System.getenv(ENV_PERSONAL_KEY);
        KeySource source = KeySource.ENVIRONMENT;
        if (personal == null || personal.isBlank()) {
            personal = SecretsLoader.fetchString(System.getenv("POSTHOG_PERSONAL_KEY_SECRET_ID"));
            source = personal == null ? KeySource.NONE : KeySource.SECRETS_MANAGER;
        }

        String project = System.getenv(ENV_PROJECT_KEY);
        if (project == null || project.isBlank()) {
            project = DEFAULT_PROJECT_API_KEY;
        }

        return new FlagConfig(
                envOr("POSTHOG_HOST", defaults.getProperty("posthog.host")),
                project,
                personal,
                System.getenv(ENV_SECURE_KEY),
                SecretsLoader.fetchString(System.getenv("POSTHOG_OAUTH_SECRET_ID")),
                source,
                Integer.parseInt(defaults.getProperty("posthog.poll-interval-seconds", "30")));
    }

    private static Properties loadDefaults() {
        Properties props = new Properties();
        try (InputStream in = FlagConfig.class.getResourceAsStream("/flaginfra.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return props;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public String getHost() {
        return host;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public boolean hasPersonalApiKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    public String getSecureApiKey() {
        return secureApiKey;
    }

    public String getPosthogAccessToken() {
        return posthogAccessToken;
    }

    public KeySource getPersonalKeySource() {
        return personalKeySource;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }
}
