package dev.northwind.flaghub.model;

import java.time.Instant;

/** Diagnostic snapshot returned to the admin console. */
public class HubStatus {

    private String host;
    private String projectId;
    private String personalApiKey;
    private int connectedClients;
    private int knownFlags;
    private Instant lastSync;

    public HubStatus() {
    }

    public HubStatus(String host, String projectId, String personalApiKey, int connectedClients, int knownFlags, Instant lastSync) {
        this.host = host;
        this.projectId = projectId;
        this.personalApiKey = personalApiKey;
        this.connectedClients = connectedClients;
        this.knownFlags = knownFlags;
        this.lastSync = lastSync;
    }

    public String getHost() { return host; }
    public void setHost(String host) { this.host = host; }
    public String getProjectId() { return projectId; }
    public void setProjectId(String projectId) { this.projectId = projectId; }
    public String getPersonalApiKey() { return personalApiKey; }
    public void setPersonalApiKey(String personalApiKey) { this.personalApiKey = personalApiKey; }
    public int getConnectedClients() { return connectedClients; }
    public void setConnectedClients(int connectedClients) { this.connectedClients = connectedClients; }
    public int getKnownFlags() { return knownFlags; }
    public void setKnownFlags(int knownFlags) { this.knownFlags = knownFlags; }
    public Instant getLastSync() { return lastSync; }
    public void setLastSync(Instant lastSync) { this.lastSync = lastSync; }

    @Override
    public String toString() {
        return "HubStatus[host=" + host + ", projectId=" + projectId + ", personalApiKey=" + personalApiKey
                + ", clients=" + connectedClients + ", flags=" + knownFlags + ", lastSync=" + lastSync + "]";
    }
}
