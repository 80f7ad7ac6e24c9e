package com.northwind.flags.web;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.linecorp.armeria.server.annotation.Get;
import com.linecorp.armeria.server.annotation.Param;
import com.linecorp.armeria.server.annotation.ProducesJson;
import com.northwind.flags.config.PostHogSettings;
import com.northwind.flags.model.ClientBootstrap;
import com.posthog.server.PostHogInterface;

/** Public endpoints used by the web and mobile apps. */
public final class FlagEvaluationService {

    private static final Logger log = LoggerFactory.getLogger(FlagEvaluationService.class);

    private final PostHogInterface posthog;
    private final PostHogSettings settings;

    public FlagEvaluationService(PostHogInterface posthog, PostHogSettings settings) {
        this.posthog = posthog;
        this.settings = settings;
    }

    @Get("/client-config")
    @ProducesJson
    public ClientBootstrap clientConfig() {
        return new ClientBootstrap(settings.getHost(), settings.getProjectApiKey());
    }

    @Get("/flags/{flagKey}")
    @ProducesJson
    public Map<String, Object> evaluate(@Param("flagKey") String flagKey, @Param("distinctId") String distinctId) {
        boolean enabled = posthog.isFeatureEnabled(distinctId, flagKey);
        log.debug("flag {} for {} -> {}", flagKey, distinctId, enabled);
        return Map.of("flag", flagKey, "enabled", enabled);
    }
}
