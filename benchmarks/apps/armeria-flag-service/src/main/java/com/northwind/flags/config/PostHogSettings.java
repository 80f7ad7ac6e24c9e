package com.northwind.flags.config;

import com.northwind.flags.util.KeyMasker;

/** Immutable PostHog settings, built once at startup by {@link ConfigLoader}. */
public final class PostHogSettings {

    private final String host;
    private final String apiHost;
    private final long projectId;
    private final String projectApiKey;
    private final String personalApiKey;
    private final String secureApiKey;
    private final int pollIntervalSeconds;

    PostHogSettings(String host, String apiHost, long projectId, String projectApiKey,
                    String personalApiKey, String secureApiKey, int pollIntervalSeconds) {
        this.host = host;
        this.apiHost = apiHost;
        this.projectId = projectId;
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.secureApiKey = secureApiKey;
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    public String getHost() {
        return host;
    }

    public String getApiHost() {
        return apiHost;
    }

    public long getProjectId() {
        return projectId;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getSecureApiKey() {
        return secureApiKey;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    @Override
    public String toString() {
        return "PostHogSettings{host=" + host
                + ", apiHost=" + apiHost
                + ", projectId=" + projectId
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + KeyMasker.mask(personalApiKey)
                + ", secureApiKey=" + KeyMasker.mask(secureApiKey)
                + ", pollIntervalSeconds=" + pollIntervalSeconds + "}";
    }
}
