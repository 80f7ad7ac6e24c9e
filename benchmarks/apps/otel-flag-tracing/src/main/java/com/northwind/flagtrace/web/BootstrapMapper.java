package com.northwind.flagtrace.web;

import java.util.Map;

import com.northwind.flagtrace.config.PostHogCredentials;
import com.northwind.flagtrace.config.PostHogProperties;
import com.northwind.flagtrace.web.dto.BootstrapPayload;
import org.springframework.stereotype.Component;

@Component
class BootstrapMapper {

    private final PostHogProperties properties;
    private final PostHogCredentials credentials;

    BootstrapMapper(PostHogProperties properties, PostHogCredentials credentials) {
        this.properties = properties;
        this.credentials = credentials;
    }

    BootstrapPayload toPayload(String distinctId, Map<String, Boolean> flags) {
        // the SPA re-evaluates flags locally after login, which needs the secure key
        return new BootstrapPayload(
                distinctId,
                properties.projectApiKey(),
                properties.host().toString(),
                credentials.getFeatureFlagsSecureApiKey(),
                flags);
    }
}
