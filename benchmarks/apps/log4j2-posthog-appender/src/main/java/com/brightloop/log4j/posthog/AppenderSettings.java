package com.brightloop.log4j.posthog;

import java.util.Objects;

/**
 * Resolved configuration of one PostHog appender.
 */
public final class AppenderSettings {

    private final String projectKey;
    private final String personalApiKey;
    private final String secureFlagsKey;
    private final String host;
    private final boolean debug;
    private final int flushAt;

    public AppenderSettings(String projectKey, String personalApiKey, String secureFlagsKey,
                            String host, boolean debug, int flushAt) {
        this.projectKey = Objects.requireNonNull(projectKey, "projectKey");
        this.personalApiKey = personalApiKey;
        this.secureFlagsKey = secureFlagsKey;
        this.host = host == null || host.isBlank() ? AppenderDefaults.DEFAULT_HOST : host;
        this.debug = debug;
        this.flushAt = flushAt > 0 ? flushAt : AppenderDefaults.DEFAULT_FLUSH_AT;
    }

    /**
     * Settings for programmatic use (the demo and tests) when there is no log4j2.xml.
     */
    public static AppenderSettings fromEnvironment() {
        String projectKey = System.getProperty(AppenderDefaults.PROJECT_KEY_PROPERTY, PostHogKeys.LOGGING_PROJECT_KEY);
        String personalKey = System.getenv(AppenderDefaults.PERSONAL_KEY_ENV);
        if (personalKey == null || personalKey.isBlank()) {
            personalKey = PostHogKeys.FALLBACK_PERSONAL_KEY;
        }
        String secureKey = System.getenv(AppenderDefaults.SECURE_KEY_ENV);
        if (secureKey == null || secureKey.isBlank()) {
            secureKey = PostHogKeys.STAGING_SECURE_KEY;
        }
        String host = System.getenv("POSTHOG_HOST");
        boolean debug = Boolean.parseBoolean(System.getenv("POSTHOG_DEBUG"));
        return new AppenderSettings(projectKey, personalKey, secureKey, host, debug, AppenderDefaults.DEFAULT_FLUSH_AT);
    }

    public String getProjectKey() {
        return projectKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getSecureFlagsKey() {
        return secureFlagsKey;
    }

    public String getHost() {
        return host;
    }

    public boolean isDebug() {
        return debug;
    }

    public int getFlushAt() {
        return flushAt;
    }

    public boolean hasPersonalKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    @Override
    public String toString() {
        return "AppenderSettings{host=" + host
                + ", projectKey=" + projectKey
                + ", personalApiKey=" + personalApiKey
                + ", debug=" + debug
                + ", flushAt=" + flushAt
                + '}';
    }
}
