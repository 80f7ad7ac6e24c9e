package com.acme.flags.core.services;

/**
 * Snapshot of the PostHog integration state, serialised by the diagnostics servlet.
 */
public class FlagDiagnostics {

    private final String host;
    private final String projectId;
    private final String projectApiKey;
    private final String personalApiKey;
    private final boolean sdkDebug;
    private final boolean clientActive;
    private final long checkedAt;

    public FlagDiagnostics(String host, String projectId, String projectApiKey, String personalApiKey,
                           boolean sdkDebug, boolean clientActive) {
        this.host = host;
        this.projectId = projectId;
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.sdkDebug = sdkDebug;
        this.clientActive = clientActive;
        this.checkedAt = System.currentTimeMillis();
    }

    public String getHost() {
        return host;
    }

    public String getProjectId() {
        return projectId;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public boolean isSdkDebug() {
        return sdkDebug;
    }

    public boolean isClientActive() {
        return clientActive;
    }

    public long getCheckedAt() {
        return checkedAt;
    }
}
