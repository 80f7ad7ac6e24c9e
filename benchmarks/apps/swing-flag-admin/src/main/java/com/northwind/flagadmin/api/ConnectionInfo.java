package com.northwind.flagadmin.api;

/**
 * What the client is connected to; built by {@link PostHogApiClient#connectionInfo()}.
 */
public record ConnectionInfo(String host, long projectId, String projectApiKey, String personalApiKey) {

    @Override
    public String toString() {
        return "ConnectionInfo{host=" + host
                + ", projectId=" + projectId
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey + "}";
    }
}
