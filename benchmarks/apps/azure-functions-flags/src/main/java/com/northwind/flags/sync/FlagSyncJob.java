package com.northwind.flags.sync;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;

@JsonIgnoreProperties(ignoreUnknown = true)
public class FlagSyncJob {

    public enum KeyKind {
        PERSONAL,
        FLAGS_SECURE
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private String jobId;
    private String requestedBy;
    private KeyKind apiKey = KeyKind.FLAGS_SECURE;
    private boolean rotateToken;
    private int tokenTtlMinutes = 60;

    public static FlagSyncJob parse(String message) {
        try {
            return MAPPER.readValue(message, FlagSyncJob.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Malformed flag-sync message", e);
        }
    }

    public String getJobId() {
        return jobId;
    }

    public void setJobId(String jobId) {
        this.jobId = jobId;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public void setRequestedBy(String requestedBy) {
        this.requestedBy = requestedBy;
    }

    public KeyKind getApiKey() {
        return apiKey;
    }

    public void setApiKey(KeyKind apiKey) {
        this.apiKey = apiKey;
    }

    public boolean isRotateToken() {
        return rotateToken;
    }

    public void setRotateToken(boolean rotateToken) {
        this.rotateToken = rotateToken;
    }

    public int getTokenTtlMinutes() {
        return tokenTtlMinutes;
    }

    public void setTokenTtlMinutes(int tokenTtlMinutes) {
        this.tokenTtlMinutes = tokenTtlMinutes;
    }
}
