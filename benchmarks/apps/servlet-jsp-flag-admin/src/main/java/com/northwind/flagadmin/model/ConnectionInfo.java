package com.northwind.flagadmin.model;

import com.northwind.flagadmin.config.PostHogSettings;

/**
 * Connection details shown on the "Connection" tab and exported as JSON.
 */
public class ConnectionInfo {

    private final String host;
    private final long projectId;
    private final String projectApiKey;
    private final String personalApiKey;
    private final boolean localEvaluation;

    public ConnectionInfo(String host, long projectId, String projectApiKey,
                          String personalApiKey, boolean localEvaluation) {
        this.host = host;
        this.projectId = projectId;
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.localEvaluation = localEvaluation;
    }

    public static ConnectionInfo from(PostHogSettings settings) {
        return new ConnectionInfo(settings.getHost(), settings.getProjectId(),
                settings.getProjectApiKey(), settings.getPersonalApiKey(), settings.hasSecureKey());
    }

    public String getHost() {
        return host;
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

    public boolean isLocalEvaluation() {
        return localEvaluation;
    }
}
