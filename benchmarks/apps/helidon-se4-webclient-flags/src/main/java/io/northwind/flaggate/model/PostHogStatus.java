package io.northwind.flaggate.model;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * Payload of GET /admin/posthog, serialized with JSON-B.
 */
@JsonbPropertyOrder({"host", "projectId", "projectApiKey", "personalApiKey", "flagCount"})
public class PostHogStatus {

    private String host;
    private long projectId;
    private String projectApiKey;
    private String personalApiKey;
    private int flagCount;

    public PostHogStatus() {
    }

    public PostHogStatus(String host, long projectId, String projectApiKey, String personalApiKey, int flagCount) {
        this.host = host;
        this.projectId = projectId;
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.flagCount = flagCount;
    }

    public String getHost() {
        return host;
    }

    public long getProjectId() {
        return projectId;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public int getFlagCount() {
        return flagCount;
    }
}
