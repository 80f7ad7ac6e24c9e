package com.acme.flagadmin.client;

import java.util.Objects;

public final class PostHogCredentials {

    private final String adminHost;
    private final String projectId;
    private final String personalApiKey;

    public PostHogCredentials(String adminHost, String projectId, String personalApiKey) {
        this.adminHost = Objects.requireNonNull(adminHost, "adminHost");
        this.projectId = Objects.requireNonNull(projectId, "projectId");
        this.personalApiKey = personalApiKey;
    }

    public String getAdminHost() {
        return adminHost;
    }

    public String getProjectId() {
        return projectId;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public boolean hasPersonalApiKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    public String maskedKey() {
        if (!hasPersonalApiKey() || personalApiKey.length() < 16) {
            return "********";
        }
        return personalApiKey.substring(0, 4) + "..." + personalApiKey.substring(personalApiKey.length() - 4);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PostHogCredentials that)) {
            return false;
        }
        return adminHost.equals(that.adminHost)
                && projectId.equals(that.projectId)
                && Objects.equals(personalApiKey, that.personalApiKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(adminHost, projectId, personalApiKey);
    }

    @Override
    public String toString() {
        return "PostHogCredentials{adminHost='" + adminHost + '\''
                + ", projectId='" + projectId + '\''
                + ", personalApiKey='" + personalApiKey + '\''
                + '}';
    }
}
