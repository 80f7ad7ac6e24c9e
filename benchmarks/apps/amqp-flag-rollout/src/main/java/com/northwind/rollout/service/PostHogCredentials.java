package com.northwind.rollout.service;

import com.northwind.rollout.domain.IntegrationCredential;

public record PostHogCredentials(String projectId, String projectApiKey, String personalApiKey) {

    public static PostHogCredentials from(IntegrationCredential credential) {
        return new PostHogCredentials(
                credential.getProjectId(),
                credential.getProjectApiKey(),
                credential.isLocalEvaluationEnabled() ? credential.getPersonalApiKey() : null);
    }

    public boolean canEvaluateLocally() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }
}
