package com.northwind.flags.web;

import com.northwind.flags.config.FlagSettings;
import com.posthog.server.PostHogInterface;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class BootstrapMapper {

    private final FlagSettings settings;
    private final PostHogInterface flags;

    public BootstrapMapper(FlagSettings settings, PostHogInterface flags) {
        this.settings = settings;
        this.flags = flags;
    }

    public ClientBootstrap toBootstrap(String distinctId, List<String> flagKeys) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String flagKey : flagKeys) {
            values.put(flagKey, flags.getFeatureFlag(distinctId, flagKey, false));
        }
        ClientBootstrap bootstrap = new ClientBootstrap();
        bootstrap.setDistinctId(distinctId);
        bootstrap.setProjectApiKey(settings.getProjectApiKey());
        bootstrap.setApiHost(settings.getHost());
        bootstrap.setLocalEvaluationKey(settings.getSecureApiKey());
        bootstrap.setFeatureFlags(values);
        return bootstrap;
    }
}
