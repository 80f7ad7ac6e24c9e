package com.northwind.portal.web.dto;

import com.northwind.portal.config.PortalSettings;

public final class ClientSettingsView {

    private final String host;
    private final String projectKey;
    private final String personalApiKey;
    private final int pollIntervalSeconds;

    private ClientSettingsView(String host, String projectKey, String personalApiKey, int pollIntervalSeconds) {
        this.host = host;
        this.projectKey = projectKey;
        this.personalApiKey = personalApiKey;
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    public static ClientSettingsView from(PortalSettings settings) {
        return new ClientSettingsView(
                settings.posthogHost(),
                settings.posthogProjectKey(),
                settings.posthogPersonalApiKey(),
                settings.pollIntervalSeconds());
    }

    public String host() {
        return host;
    }

    public String projectKey() {
        return projectKey;
    }

    public boolean localEvaluation() {
        return personalApiKey != null;
    }

    @Override
    public String toString() {
        return "ClientSettingsView{host=" + host
                + ", projectKey=" + projectKey
                + ", personalApiKey=" + personalApiKey
                + ", pollIntervalSeconds=" + pollIntervalSeconds + "}";
    }
}
