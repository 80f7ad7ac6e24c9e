package com.northwind.partnerportal.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class PostHogSettings {

    @Value("${posthog.api.key}")
    private String projectApiKey;

    @Value("${posthog.host}")
    private String host;

    @Value("${posthog.api-host}")
    private String apiHost;

    @Value("${posthog.project-id}")
    private String projectId;

    @Value("${posthog.personal-api-key}")
    private String personalApiKey;

    @Value("${posthog.personal-api-key.hint:}")
    private String personalKeyHint;

    @Value("${posthog.feature-flags-secure-api-key}")
    private String flagsSecureKey;

    @Value("${portal.environment:production}")
    private String environment;

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getHost() {
        return host;
    }

    public String getApiHost() {
        return apiHost;
    }

    public String getProjectId() {
        return projectId;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getPersonalKeyHint() {
        return personalKeyHint;
    }

    public String getFlagsSecureKey() {
        return flagsSecureKey;
    }

    public String getEnvironment() {
        return environment;
    }

    public boolean isStaging() {
        return "staging".equalsIgnoreCase(environment);
    }

    public String getMaskedPersonalKey() {
        String key = personalApiKey;
        if (key == null || key.isEmpty()) {
            return "";
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    @Override
    public String toString() {
        return "PostHogSettings{environment=" + environment
                + ", host=" + host
                + ", apiHost=" + apiHost
                + ", projectId=" + projectId
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + "}";
    }
}
