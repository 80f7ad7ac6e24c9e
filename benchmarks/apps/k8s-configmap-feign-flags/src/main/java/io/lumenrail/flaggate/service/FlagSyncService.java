package io.lumenrail.flaggate.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import com.posthog.server.PostHogInterface;
import io.lumenrail.flaggate.config.PostHogProperties;
import io.lumenrail.flaggate.feign.PostHogAdminClient;
import io.lumenrail.flaggate.feign.PostHogApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

@Service
public class FlagSyncService {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncService.class);

    private final PostHogAdminClient adminClient;
    private final PostHogProperties properties;
    private final PostHogInterface postHog;

    private volatile Map<String, Boolean> knownFlags = Map.of();

    public FlagSyncService(PostHogAdminClient adminClient, PostHogProperties properties, PostHogInterface postHog) {
        this.adminClient = adminClient;
        this.properties = properties;
        this.postHog = postHog;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onReady() {
        log.info("Starting flag sync with {}", properties);
        log.info("Personal key fingerprint {}", digest(properties.getPersonalApiKey()));
        log.info("Secure key in use: {}, token kind {}", mask(properties.getSecureApiKey()), properties.getTokenKind());
    }

    @Scheduled(fixedDelayString = "${flaggate.sync.interval:PT60S}")
    public void sync() {
        try {
            PostHogAdminClient.FeatureFlagPage page = adminClient.listFeatureFlags(properties.getProjectId(), 200);
            Map<String, Boolean> flags = new LinkedHashMap<>();
            for (PostHogAdminClient.FeatureFlag flag : page.results()) {
                if (!flag.deleted()) {
                    flags.put(flag.key(), flag.active());
                }
            }
            knownFlags = Map.copyOf(flags);
            log.debug("Synced {} feature flags for project {}", flags.size(), properties.getProjectId());
        } catch (PostHogApiException e) {
            log.error("Feature flag sync failed with status {}", e.getStatus(), e);
        }
    }

    public Map<String, Boolean> evaluateAll(String distinctId) {
        Map<String, Boolean> result = new LinkedHashMap<>();
        knownFlags.forEach((key, active) -> result.put(key, active && postHog.isFeatureEnabled(distinctId, key)));
        return result;
    }

    static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    static String digest(String key) {
        if (key == null) {
            return "none";
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
