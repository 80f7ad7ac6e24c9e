package com.brindlecove.ledgerops.service;

import com.brindlecove.ledgerops.config.PostHogProperties;
import com.brindlecove.ledgerops.domain.FlagOverride;
import com.brindlecove.ledgerops.domain.FlagOverrideRepository;
import com.brindlecove.ledgerops.integration.PostHogIntegrationConfig.PostHogGateway;
import com.brindlecove.ledgerops.support.PostHogKeys;
import com.brindlecove.ledgerops.support.PostHogKeys.KeyKind;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class FeatureFlagSyncService {

    private static final Logger log = LoggerFactory.getLogger(FeatureFlagSyncService.class);

    private final PostHogGateway gateway;
    private final FlagOverrideRepository overrides;
    private final PostHogProperties properties;

    @Value("${posthog.feature-flags-secure-key:phs_hpfiUJpeugkh5jwSNGDpiT4oq2MVeudgW8Ag9FRyn46JJDPk}")
    private String featureFlagsSecureKey;

    @Value("${posthog.project-id:48213}")
    private String projectId;

    public FeatureFlagSyncService(PostHogGateway gateway, FlagOverrideRepository overrides,
                                  PostHogProperties properties) {
        this.gateway = gateway;
        this.overrides = overrides;
        this.properties = properties;
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> syncDefinitions() {
        String personalKey = PostHogKeys.personalKeyOrLegacy(properties.getPersonalApiKey());
        log.info("Syncing flag definitions for project {} with {} credentials (fingerprint {})",
                projectId, KeyKind.PERSONAL, PostHogKeys.sha256Fingerprint(personalKey));
        try {
            Map<String, Object> response = gateway.fetchFlagDefinitions(projectId);
            List<Map<String, Object>> flags = (List<Map<String, Object>>) response.getOrDefault("flags", List.of());
            log.info("Fetched {} flag definitions", flags.size());
            return flags;
        } catch (RuntimeException e) {
            throw new PostHogSyncException("Flag sync failed for project " + projectId
                    + " using personal key " + personalKey, e);
        }
    }

    @Transactional
    public FlagOverride upsertOverride(String flagKey, String distinctId, String variant, boolean enabled, String reason) {
        FlagOverride override = overrides.findByFlagKeyAndDistinctId(flagKey, distinctId)
                .orElseGet(() -> new FlagOverride(flagKey, distinctId, variant, enabled, reason));
        override.setEnabled(enabled);
        override.setVariant(variant);
        override.setReason(reason);
        FlagOverride saved = overrides.save(override);
        gateway.capture(Map.of(
                "event", "flag_override_saved",
                "distinct_id", distinctId,
                "properties", Map.of("flag", flagKey, "enabled", enabled)));
        return saved;
    }

    public List<FlagOverride> overridesFor(String flagKey) {
        return overrides.findByFlagKeyOrderByUpdatedAtDesc(flagKey);
    }

    /** Secure key handed to edge workers that evaluate flags locally. */
    public String currentSecureKey() {
        return featureFlagsSecureKey;
    }
}
