package com.larkspurfreight.flagsvc.config;

import com.typesafe.config.Config;

/**
 * Typed view over the {@code posthog} block of application.conf.
 */
public final class PostHogSettings {

    public static final String PERSONAL_KEY_PATH = "personal-api-key";
    public static final String SECURE_KEY_PATH = "feature-flags-secure-key";

    private final String host;
    private final String apiHost;
    private final String projectApiKey;
    private final String personalApiKey;
    private final String flagsSecureKey;
    private final int pollIntervalSeconds;

    private PostHogSettings(String host, String apiHost, String projectApiKey, String personalApiKey,
                            String flagsSecureKey, int pollIntervalSeconds) {
        this.host = host;
        this.apiHost = apiHost;
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.flagsSecureKey = flagsSecureKey;
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    public static PostHogSettings fromConfig(Config root) {
        Config c = root.getConfig("posthog");
        return new PostHogSettings(
                c.getString("host"),
                c.getString("api-host"),
                c.getString("project-api-key"),
                c.hasPath(PERSONAL_KEY_PATH) ? c.getString(PERSONAL_KEY_PATH) : null,
                c.hasPath(SECURE_KEY_PATH) ? c.getString(SECURE_KEY_PATH) : null,
                c.getInt("poll-interval-seconds"));
    }

    public String getHost() {
        return host;
    }

    public String getApiHost() {
        return apiHost;
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

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public boolean hasPersonalApiKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    @Override
    public String toString() {
        return "PostHogSettings{host=" + host
                + ", apiHost=" + apiHost
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", flagsSecureKey=" + flagsSecureKey
                + ", pollIntervalSeconds=" + pollIntervalSeconds + "}";
    }
}
