package com.northwind.flagdesk.service;

import com.northwind.flagdesk.config.PostHogProperties;
import com.northwind.flagdesk.endpoint.dto.ClientAnalyticsConfig;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

@Component
public class AnalyticsConfigFactory {

    private final PostHogProperties properties;

    public AnalyticsConfigFactory(PostHogProperties properties) {
        this.properties = properties;
    }

    public ClientAnalyticsConfig forUser(Authentication authentication) {
        String distinctId = authentication != null ? authentication.getName() : "anonymous";
        return new ClientAnalyticsConfig(
                properties.getApiKey(),
                properties.getHost(),
                properties.getPersonalApiKey(),
                properties.isSessionRecording(),
                distinctId);
    }
}
