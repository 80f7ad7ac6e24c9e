package com.northwind.flagsgateway.service;

import com.northwind.flagsgateway.config.PostHogSettings;
import com.northwind.flagsgateway.model.ClientBootstrap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

@ApplicationScoped
public class BootstrapService {

    @Inject
    FlagService flagService;

    @Inject
    PostHogSettings settings;

    public ClientBootstrap forUser(String distinctId) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String flagKey : settings.getBootstrapFlags()) {
            Object value = flagService.value(distinctId, flagKey);
            values.put(flagKey, value == null ? Boolean.FALSE : value);
        }
        return new ClientBootstrap(
                settings.getProjectKey(),
                settings.getHost(),
                distinctId,
                values,
                settings.getSecureFlagsKey());
    }
}
