package com.lumenstack.connect.posthog.status;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.lumenstack.connect.posthog.config.PostHogCredentials;

/**
 * Snapshot served by the admin {@code /status} endpoint.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ConnectorStatus {

    private String connector;
    private String state;
    private long recordsSent;
    private long recordsFailed;
    private long lastFlushEpochMillis;
    private String projectApiKey;
    private boolean localEvaluation;
    private String evaluationKeyFingerprint;
    private PostHogCredentials connection;
    private String lastError;

    public String getConnector() {
        return connector;
    }

    public void setConnector(String connector) {
        this.connector = connector;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public long getRecordsSent() {
        return recordsSent;
    }

    public void setRecordsSent(long recordsSent) {
        this.recordsSent = recordsSent;
    }

    public long getRecordsFailed() {
        return recordsFailed;
    }

    public void setRecordsFailed(long recordsFailed) {
        this.recordsFailed = recordsFailed;
    }

    public long getLastFlushEpochMillis() {
        return lastFlushEpochMillis;
    }

    public void setLastFlushEpochMillis(long lastFlushEpochMillis) {
        this.lastFlushEpochMillis = lastFlushEpochMillis;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public void setProjectApiKey(String projectApiKey) {
        this.projectApiKey = projectApiKey;
    }

    public boolean isLocalEvaluation() {
        return localEvaluation;
    }

    public void setLocalEvaluation(boolean localEvaluation) {
        this.localEvaluation = localEvaluation;
    }

    public String getEvaluationKeyFingerprint() {
        return evaluationKeyFingerprint;
    }

    public void setEvaluationKeyFingerprint(String evaluationKeyFingerprint) {
        this.evaluationKeyFingerprint = evaluationKeyFingerprint;
    }

    public PostHogCredentials getConnection() {
        return connection;
    }

    public void setConnection(PostHogCredentials connection) {
        this.connection = connection;
    }

    public String getLastError() {
        return lastError;
    }

    public void setLastError(String lastError) {
        this.lastError = lastError;
    }
}
