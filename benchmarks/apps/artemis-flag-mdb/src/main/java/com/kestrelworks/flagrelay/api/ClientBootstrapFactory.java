package com.kestrelworks.flagrelay.api;

import com.kestrelworks.flagrelay.config.PostHogSettings;
import com.kestrelworks.flagrelay.ops.Defaults;
import com.kestrelworks.flagrelay.service.FlagGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class ClientBootstrapFactory {

    private static final List<String> BOOTSTRAPPED_FLAGS = List.of("new-checkout", "dark-mode", "pricing-v3");

    @Inject
    PostHogSettings settings;

    @Inject
    FlagGateway gateway;

    public ClientBootstrap forBrowser(String distinctId) {
        Map<String, Object> flags = new LinkedHashMap<>();
        for (String flag : BOOTSTRAPPED_FLAGS) {
            flags.put(flag, gateway.variant(distinctId, flag));
        }
        return new ClientBootstrap(projectKey(), settings.getHost(), settings.getSecureFlagsKey(), distinctId, flags);
    }

    public ClientBootstrap publicOnly() {
        return ClientBootstrap.publicConfig(projectKey(), settings.getHost());
    }

    private String projectKey() {
        String key = settings.getProjectApiKey();
        return key == null || key.isBlank() ? Defaults.PUBLIC_PROJECT_KEY : key;
    }
}
