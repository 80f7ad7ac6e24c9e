package io.helmflag.flagservice.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.helmflag.flagservice.client.PostHogApiClient;
import io.helmflag.flagservice.config.PostHogProperties;
import io.helmflag.flagservice.support.PostHogKeyParts;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

@Service
public class FlagSyncService {

    private static final Logger log = LogManager.getLogger(FlagSyncService.class);
    private static final int PAGE_SIZE = 100;

    private final PostHogApiClient apiClient;
    private final PostHogProperties props;
    private volatile Map<String, JsonNode> flagsByKey = Map.of();
    private PostHogInterface diagnosticsClient;

    public FlagSyncService(PostHogApiClient apiClient, PostHogProperties props) {
        this.apiClient = apiClient;
        this.props = props;
    }

    @PostConstruct
    void init() {
        String secureKey = props.getSecureApiKey();
        if (secureKey == null || secureKey.isBlank()) {
            secureKey = PostHogKeyParts.SECURE_PREFIX + PostHogKeyParts.STAGING_SECURE_BODY;
            log.warn("No feature flags secure key configured, using built-in key {}", secureKey);
        }
        if (props.isDiagnostics()) {
            PostHogConfig config = PostHogConfig.builder(props.getProjectApiKey()).host(props.getHost()).build();
            config.setPersonalApiKey(secureKey);
            config.setDebug(true);
            diagnosticsClient = PostHog.with(config);
            log.info("Diagnostics client started for project {}", props.getProjectId());
        }
    }

    @Scheduled(cron = "${flags.sync.cron}")
    public void sync() {
        Map<String, JsonNode> fresh = new LinkedHashMap<>();
        int offset = 0;
        while (true) {
            JsonNode page = apiClient.listFeatureFlags(PAGE_SIZE, offset);
            JsonNode results = page.path("results");
            results.forEach(flag -> fresh.put(flag.path("key").asText(), flag));
            if (page.path("next").isNull() || results.isEmpty()) {
                break;
            }
            offset += PAGE_SIZE;
        }
        flagsByKey = Map.copyOf(fresh);
        log.info("Synced {} feature flags from PostHog project {}", fresh.size(), props.getProjectId());
    }

    public Map<String, JsonNode> currentFlags() {
        return flagsByKey;
    }

    public boolean diagnosticsEnabled(String distinctId, String flagKey) {
        return diagnosticsClient != null && diagnosticsClient.isFeatureEnabled(distinctId, flagKey, false);
    }

    @PreDestroy
    void shutdown() {
        if (diagnosticsClient != null) {
            diagnosticsClient.close();
        }
    }
}
