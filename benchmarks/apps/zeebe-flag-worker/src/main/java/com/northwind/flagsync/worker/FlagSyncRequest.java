package com.northwind.flagsync.worker;

import java.util.ArrayList;
import java.util.List;

public class FlagSyncRequest {

    private String projectId;
    private List<String> flagKeys = new ArrayList<>();
    private Integer rolloutPercentage;
    private boolean sandbox;
    private String requestedBy;
    private String callbackUrl;
    private String callbackSecret;

    public String getProjectId() {
        return projectId;
    }

    public void setProjectId(String projectId) {
        this.projectId = projectId;
    }

    public List<String> getFlagKeys() {
        return flagKeys;
    }

    public void setFlagKeys(List<String> flagKeys) {
        this.flagKeys = flagKeys;
    }

    public Integer getRolloutPercentage() {
        return rolloutPercentage;
    }

    public void setRolloutPercentage(Integer rolloutPercentage) {
        this.rolloutPercentage = rolloutPercentage;
    }

    public boolean isSandbox() {
        return sandbox;
    }

    public void setSandbox(boolean sandbox) {
        this.sandbox = sandbox;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public void setRequestedBy(String requestedBy) {
        this.requestedBy = requestedBy;
    }

    public String getCallbackUrl() {
        return callbackUrl;
    }

    public void setCallbackUrl(String callbackUrl) {
        this.callbackUrl = callbackUrl;
    }

    public String getCallbackSecret() {
        return callbackSecret;
    }

    public void setCallbackSecret(String callbackSecret) {
        this.callbackSecret = callbackSecret;
    }

    @Override
    public String toString() {
        return "FlagSyncRequest[projectId=" + projectId
                + ", flagKeys=" + flagKeys
                + ", rolloutPercentage=" + rolloutPercentage
                + ", sandbox=" + sandbox
                + ", requestedBy=" + requestedBy
                + ", callbackUrl=" + callbackUrl
                + ", callbackSecret=" + callbackSecret + "]";
    }
}
