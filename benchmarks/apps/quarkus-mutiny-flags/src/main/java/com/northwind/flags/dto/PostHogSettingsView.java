package com.northwind.flags.dto;

import com.northwind.flags.config.PostHogSettings;

/**
 * Flattened snapshot of the PostHog settings, used for the startup banner
 * and the admin "about" page.
 */
public final class PostHogSettingsView {

    /** Which kind of key a value is; used in audit messages. */
    public enum KeyKind {
        PROJECT_API_KEY,
        PERSONAL_API_KEY,
        FEATURE_FLAGS_SECURE_API_KEY
    }

    private final String host;
    private final String projectApiKey;
    private final String personalApiKey;
    private final int pollIntervalSeconds;

    private PostHogSettingsView(String host, String projectApiKey, String personalApiKey, int pollIntervalSeconds) {
        this.host = host;
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    public static PostHogSettingsView from(PostHogSettings settings) {
        return new PostHogSettingsView(settings.host(), settings.projectApiKey(),
                settings.personalApiKey(), settings.pollIntervalSeconds());
    }

    public String host() {
        return host;
    }

    public String projectApiKey() {
        return projectApiKey;
    }

    public int pollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    @Override
    public String toString() {
        return "PostHogSettingsView{host=" + host
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", pollIntervalSeconds=" + pollIntervalSeconds + "}";
    }
}
