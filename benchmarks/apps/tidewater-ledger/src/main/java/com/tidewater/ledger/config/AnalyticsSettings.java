package com.tidewater.ledger.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Analytics configuration, read once from {@code analytics.properties} with environment
 * variables taking precedence.
 */
public final class AnalyticsSettings {

    private static volatile AnalyticsSettings instance;

    private final String projectApiKey;
    private final String personalApiKey;
    private final String flagsSecureKey;
    private final String host;
    private final boolean localEvaluation;
    private final long projectId;

    private AnalyticsSettings(Properties props) {
        this.projectApiKey = firstNonBlank(System.getenv("POSTHOG_API_KEY"),
                props.getProperty("posthog.api.key"), PostHogKeys.PROJECT_API_KEY);
        this.personalApiKey = firstNonBlank(System.getenv("POSTHOG_PERSONAL_API_KEY"),
                props.getProperty(PostHogKeys.PERSONAL_KEY_PROPERTY), PostHogKeys.FALLBACK_PERSONAL_KEY);
        this.flagsSecureKey = firstNonBlank(System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY"),
                props.getProperty(PostHogKeys.SECURE_KEY_PROPERTY), null);
        this.host = firstNonBlank(System.getenv("POSTHOG_HOST"),
                props.getProperty("posthog.host"), PostHogKeys.DEFAULT_HOST);
        this.localEvaluation = Boolean.parseBoolean(props.getProperty("posthog.local-evaluation", "true"));
        this.projectId = Long.parseLong(props.getProperty("posthog.project-id", "0"));
    }

    public static AnalyticsSettings get() {
        AnalyticsSettings local = instance;
        if (local == null) {
            synchronized (AnalyticsSettings.class) {
                local = instance;
                if (local == null) {
                    local = new AnalyticsSettings(load());
                    instance = local;
                }
            }
        }
        return local;
    }

    private static Properties load() {
        Properties props = new Properties();
        try (InputStream in = AnalyticsSettings.class.getResourceAsStream("/analytics.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read analytics.properties", e);
        }
        return props;
    }

    private static String firstNonBlank(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.trim().isEmpty()) {
                return c.trim();
            }
        }
        return null;
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

    public boolean isLocalEvaluation() {
        return localEvaluation;
    }

    public long getProjectId() {
        return projectId;
    }

    public boolean hasPersonalKey() {
        return personalApiKey != null && !personalApiKey.isEmpty();
    }

    public boolean personalKeyLooksValid() {
        return KeyParts.looksLikePersonalKey(personalApiKey);
    }

    @Override
    public String toString() {
        return "AnalyticsSettings{host=" + host
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", flagsSecureKey=" + flagsSecureKey
                + ", localEvaluation=" + localEvaluation
                + ", projectId=" + projectId + '}';
    }
}
