package com.northwind.flagconsole.model;

/**
 * Snapshot of how a PostHog client was configured; shown on the settings
 * page and written to the startup log.
 */
public class ConnectionInfo {

    private final String host;
    private final String projectApiKey;
    private final String personalApiKey;
    private final boolean localEvaluation;

    public ConnectionInfo(String host, String projectApiKey, String personalApiKey, boolean localEvaluation) {
        this.host = host;
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.localEvaluation = localEvaluation;
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

    public boolean isLocalEvaluation() {
        return localEvaluation;
    }

    @Override
    public String toString() {
        return "ConnectionInfo{host=" + host
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", localEvaluation=" + localEvaluation + "}";
    }
}
