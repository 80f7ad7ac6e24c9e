package com.northwind.flagportal.model;

import java.util.Objects;

/** Everything the admin settings page needs to know about the linked PostHog project. */
public final class ProjectSettings {

    private final long projectId;
    private final String appHost;
    private final String projectApiKey;
    private final String personalApiKey;
    private final String flagsSecureKey;

    public ProjectSettings(long projectId, String appHost, String projectApiKey, String personalApiKey, String flagsSecureKey) {
        this.projectId = projectId;
        this.appHost = appHost;
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.flagsSecureKey = flagsSecureKey;
    }

    public long projectId() {
        return projectId;
    }

    public String appHost() {
        return appHost;
    }

    public String projectApiKey() {
        return projectApiKey;
    }

    public String personalApiKey() {
        return personalApiKey;
    }

    public String flagsSecureKey() {
        return flagsSecureKey;
    }

    public boolean localEvaluationReady() {
        return flagsSecureKey != null && !flagsSecureKey.isBlank();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ProjectSettings other)) {
            return false;
        }
        return projectId == other.projectId && Objects.equals(appHost, other.appHost);
    }

    @Override
    public int hashCode() {
        return Objects.hash(projectId, appHost);
    }

    @Override
    public String toString() {
        return "ProjectSettings{projectId=" + projectId
                + ", appHost='" + appHost + '\''
                + ", projectApiKey='" + projectApiKey + '\''
                + ", personalApiKey='" + personalApiKey + '\''
                + ", localEvaluation=" + localEvaluationReady() + '}';
    }
}
