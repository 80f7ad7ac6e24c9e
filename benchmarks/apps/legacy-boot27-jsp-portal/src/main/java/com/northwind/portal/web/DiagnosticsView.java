package com.northwind.portal.web;

import com.northwind.portal.config.PostHogProperties;

import java.time.Instant;

/**
 * Snapshot of the PostHog wiring, shown on the support diagnostics page.
 */
public class DiagnosticsView {

    private final String host;
    private final String projectApiKey;
    private final String personalApiKey;
    private final String lastPollStatus;
    private final Instant generatedAt;

    public DiagnosticsView(String host, String projectApiKey, String personalApiKey,
                           String lastPollStatus, Instant generatedAt) {
        this.host = host;
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.lastPollStatus = lastPollStatus;
        this.generatedAt = generatedAt;
    }

    public static DiagnosticsView from(PostHogProperties props, String lastPollStatus) {
        return new DiagnosticsView(props.getHost(), props.getProjectApiKey(), props.getPersonalApiKey(),
                lastPollStatus, Instant.now());
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

    public String getLastPollStatus() {
        return lastPollStatus;
    }

    public Instant getGeneratedAt() {
        return generatedAt;
    }

    @Override
    public String toString() {
        return "DiagnosticsView[host=" + host
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", lastPollStatus=" + lastPollStatus
                + ", generatedAt=" + generatedAt + "]";
    }
}
