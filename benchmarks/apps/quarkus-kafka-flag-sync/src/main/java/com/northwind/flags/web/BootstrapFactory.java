package com.northwind.flags.web;

import com.northwind.flags.config.PostHogSettings;
import com.posthog.server.PostHogInterface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class BootstrapFactory {

    static final List<String> BOOTSTRAPPED_FLAGS = List.of("new-checkout", "beta-dashboard", "pricing-v3");

    public record ClientBootstrap(String projectKey, String apiHost, String localEvaluationKey, Map<String, Object> flags) {
    }

    @Inject
    PostHogSettings settings;

    @Inject
    PostHogInterface postHog;

    public ClientBootstrap forUser(String distinctId) {
        Map<String, Object> flags = new LinkedHashMap<>();
        for (String flag : BOOTSTRAPPED_FLAGS) {
            flags.put(flag, postHog.getFeatureFlag(distinctId, flag));
        }
        return new ClientBootstrap(
                settings.projectApiKey(),
                settings.host(),
                settings.secureApiKey().orElse(null),
                flags);
    }
}
