package com.lumen.flags.config;

/**
 * Everything the app needs to talk to PostHog, resolved once at start-up.
 */
public final class PostHogSettings {

    private final String projectApiKey;
    private final String personalApiKey;
    private final String secureApiKey;
    private final String host;
    private final long projectId;

    public PostHogSettings(String projectApiKey, String personalApiKey, String secureApiKey,
                           String host, long projectId) {
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.secureApiKey = secureApiKey;
        this.host = host;
        this.projectId = projectId;
    }

    public String projectApiKey() {
        return projectApiKey;
    }

    public String personalApiKey() {
        return personalApiKey;
    }

    public String secureApiKey() {
        return secureApiKey;
    }

    public String host() {
        return host;
    }

    /** Private API host: https://us.i.posthog.com -> https://us.posthog.com */
    public String apiBase() {
        return host.replace(".i.posthog.com", ".posthog.com");
    }

    public long projectId() {
        return projectId;
    }

    @Override
    public String toString() {
        return "PostHogSettings{host=" + host
                + ", projectId=" + projectId
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + '}';
    }
}
