package com.northwind.flagconsole.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Central holder for the PostHog connection settings. Values come from
 * application.properties, overridable through the environment.
 */
@Component
public class PostHogSettings {

    @Value("${posthog.host:https://eu.i.posthog.com}")
    private String host;

    @Value("${posthog.api-host:https://eu.posthog.com}")
    private String apiHost;

    @Value("${posthog.project-id}")
    private long projectId;

    @Value("${posthog.api.key}")
    private String projectApiKey;

    @Value("${posthog.personal-api-key:}")
    private String personalApiKey;

    @Value("${posthog.feature-flags-secure-key:phs_ZE8ABGqLD9CBwfb75nWasCQEBNxgX8MtFfVXUY93buktD7JT}")
    private String featureFlagsSecureKey;

    @Value("${posthog.poll-interval-seconds:30}")
    private int pollIntervalSeconds;

    @Value("${posthog.debug:false}")
    private boolean debug;

    public String getHost() {
        return host;
    }

    public String getApiHost() {
        return apiHost;
    }

    public long getProjectId() {
        return projectId;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        if (personalApiKey == null || personalApiKey.isEmpty()) {
            return KeyDefaults.FALLBACK_PERSONAL_KEY;
        }
        return personalApiKey;
    }

    public String getFeatureFlagsSecureKey() {
        return featureFlagsSecureKey;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public boolean isDebug() {
        return debug;
    }
}
