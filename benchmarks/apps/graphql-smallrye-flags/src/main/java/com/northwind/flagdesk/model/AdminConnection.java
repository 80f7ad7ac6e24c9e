package com.northwind.flagdesk.model;

public final class AdminConnection {

    private final String baseUrl;
    private final long projectId;
    private final String personalApiKey;

    public AdminConnection(String baseUrl, long projectId, String personalApiKey) {
        this.baseUrl = baseUrl;
        this.projectId = projectId;
        this.personalApiKey = personalApiKey;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public long projectId() {
        return projectId;
    }

    public String personalApiKey() {
        return personalApiKey;
    }

    public String flagsUrl() {
        return baseUrl + "/projects/" + projectId + "/feature_flags/";
    }

    @Override
    public String toString() {
        return "AdminConnection{baseUrl='" + baseUrl + "', projectId=" + projectId
                + ", personalApiKey='" + personalApiKey + "'}";
    }
}
