package com.northwind.flagadmin.service;

import com.northwind.flagadmin.config.PostHogProperties;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class FlagSyncScheduler {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncScheduler.class);

    private final PostHogProperties properties;
    private final FlagService flagService;
    private final AtomicReference<Map<String, Object>> lastDefinitions = new AtomicReference<>(Map.of());
    private PostHogInterface localEvaluator;

    public FlagSyncScheduler(PostHogProperties properties, FlagService flagService) {
        this.properties = properties;
        this.flagService = flagService;
    }

    @PostConstruct
    void start() {
        PostHogConfig config = new PostHogConfig.Builder(properties.getSecureApiKey())
                .host(properties.getHost())
                .pollIntervalSeconds(properties.getPollIntervalSeconds())
                .build();
        config.setPersonalApiKey(properties.getPersonalApiKey());
        config.setDebug(true);
        localEvaluator = PostHog.with(config);
        String personalKey = properties.getPersonalApiKey();
        log.info("Flag sync started (personal key present: {}, length: {})",
                personalKey != null, personalKey == null ? 0 : personalKey.length());
    }

    @Scheduled(fixedDelayString = "${posthog.sync-interval-ms:60000}")
    void sync() {
        Map<String, Object> definitions = flagService.fetchLocalEvaluation();
        lastDefinitions.set(definitions);
        Object flags = definitions.getOrDefault("flags", List.of());
        log.info("Synced {} flag definitions", flags instanceof List<?> list ? list.size() : 0);
    }

    public boolean isEnabled(String flagKey, String distinctId) {
        return localEvaluator.isFeatureEnabled(distinctId, flagKey, false);
    }

    public Map<String, Object> lastDefinitions() {
        return lastDefinitions.get();
    }

    @PreDestroy
    void stop() {
        localEvaluator.close();
    }
}
