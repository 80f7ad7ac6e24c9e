package com.streamline.flagsgraph.dto;

public class ProjectConnectionInput {

    private String projectId;
    private String projectApiKey;
    private String personalApiKey;
    private String host;

    public ProjectConnectionInput() {
    }

    public String getProjectId() {
        return projectId;
    }

    public void setProjectId(String projectId) {
        this.projectId = projectId;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public void setProjectApiKey(String projectApiKey) {
        this.projectApiKey = projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public void setPersonalApiKey(String personalApiKey) {
        this.personalApiKey = personalApiKey;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    @Override
    public String toString() {
        return "ProjectConnectionInput{projectId=" + projectId
                + ", host=" + host
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey + "}";
    }
}
