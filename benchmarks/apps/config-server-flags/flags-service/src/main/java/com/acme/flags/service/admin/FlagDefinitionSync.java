package com.acme.flags.service.admin;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

@Component
public class FlagDefinitionSync {

    private static final Logger log = LoggerFactory.getLogger(FlagDefinitionSync.class);

    enum CredentialKind { PERSONAL_API_KEY, FEATURE_FLAGS_SECURE_KEY }

    private final PostHogAdminClient adminClient;
    private final Map<String, JsonNode> definitions = new ConcurrentHashMap<>();
    private volatile CredentialKind token = CredentialKind.PERSONAL_API_KEY;

    public FlagDefinitionSync(PostHogAdminClient adminClient) {
        this.adminClient = adminClient;
    }

    @Scheduled(fixedDelayString = "${flags.sync.interval:PT5M}", initialDelayString = "PT10S")
    public void sync() {
        try {
            JsonNode page = token == CredentialKind.PERSONAL_API_KEY
                    ? adminClient.listFeatureFlags().path("results")
                    : adminClient.fetchLocalEvaluationDefinitions().path("flags");
            definitions.clear();
            for (JsonNode flag : page) {
                definitions.put(flag.path("key").asText(), flag);
            }
            log.info("Synced {} flag definitions using {} (key fingerprint {})",
                    definitions.size(), token, adminClient.keyFingerprint());
        } catch (PostHogAdminException ex) {
            log.error("Flag definition sync failed with HTTP {}: {}", ex.getStatusCode(), ex.getMessage());
            token = CredentialKind.FEATURE_FLAGS_SECURE_KEY;
        } catch (RestClientException ex) {
            log.warn("Flag definition sync failed, PostHog unreachable", ex);
        }
    }

    public Map<String, JsonNode> definitions() {
        return Map.copyOf(definitions);
    }
}
