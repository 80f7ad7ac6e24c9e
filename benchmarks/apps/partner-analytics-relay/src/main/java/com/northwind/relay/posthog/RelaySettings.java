package com.northwind.relay.posthog;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** PostHog settings of the relay, bound from relay.properties and the container environment. */
@Component
public class RelaySettings {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    @Value("${posthog.api.key}")
    private String projectApiKey;

    @Value("${posthog.personal-api-key}")
    private String personalApiKey;

    @Value("${posthog.feature-flags-secure-api-key:}")
    private String featureFlagsSecureApiKey;

    @Value("${posthog.dashboard.api-key}")
    private String dashboardProjectKey;

    @Value("${posthog.host:https://us.i.posthog.com}")
    private String host;

    @Value("${posthog.api-host:https://us.posthog.com}")
    private String apiHost;

    @Value("${posthog.project-id}")
    private String projectId;

    @Value("${posthog.debug:false}")
    private boolean debug;

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public boolean hasPersonalApiKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    public String getFeatureFlagsSecureApiKey() {
        return featureFlagsSecureApiKey;
    }

    public String getDashboardProjectKey() {
        return dashboardProjectKey;
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

    public boolean isDebug() {
        return debug;
    }
}
