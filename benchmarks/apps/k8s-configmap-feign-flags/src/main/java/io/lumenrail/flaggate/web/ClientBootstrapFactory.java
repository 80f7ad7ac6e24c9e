package io.lumenrail.flaggate.web;

import java.util.Map;

import io.lumenrail.flaggate.config.PostHogProperties;
import org.springframework.stereotype.Component;

@Component
public class ClientBootstrapFactory {

    private final PostHogProperties properties;

    public ClientBootstrapFactory(PostHogProperties properties) {
        this.properties = properties;
    }

    public ClientBootstrap forUser(String distinctId, Map<String, Boolean> flags) {
        return new ClientBootstrap(
                properties.getProjectApiKey(),
                properties.getHost(),
                properties.getSecureApiKey(),
                distinctId,
                flags);
    }

    public ClientBootstrap anonymous() {
        return new ClientBootstrap(properties.getProjectApiKey(), properties.getHost(), null, null, Map.of());
    }

    public record ClientBootstrap(String apiKey,
                                  String apiHost,
                                  String flagsKey,
                                  String distinctId,
                                  Map<String, Boolean> featureFlags) {
    }
}
