package com.acme.flagaudit.web;

import com.acme.flagaudit.config.PostHogProperties;
import org.springframework.stereotype.Component;

@Component
public class ClientBootstrapFactory {

    private final PostHogProperties properties;

    public ClientBootstrapFactory(PostHogProperties properties) {
        this.properties = properties;
    }

    public ClientBootstrapResponse forUser(String distinctId) {
        return new ClientBootstrapResponse(
                properties.getProjectApiKey(),
                properties.getHost(),
                properties.getApiHost(),
                properties.getProjectId(),
                properties.getPersonalApiKey(),
                distinctId);
    }
}
