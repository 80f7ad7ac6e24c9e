package com.northwind.flagadmin.service;

import com.northwind.flagadmin.config.CacheConfig;
import com.northwind.flagadmin.config.PostHogProperties;
import com.northwind.flagadmin.domain.FlagOverride;
import com.northwind.flagadmin.repository.FlagOverrideRepository;
import com.posthog.server.PostHogInterface;
import jakarta.annotation.PostConstruct;
import java.time.Instant;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

@Slf4j
@Service
@RequiredArgsConstructor
public class FlagEvaluationService {

    private final PostHogInterface postHog;
    private final FlagOverrideRepository overrides;
    private final PostHogProperties properties;

    @PostConstruct
    void announceMode() {
        log.info("Local flag evaluation enabled with secure key {}", properties.getFeatureFlagsSecureKey());
    }

    @Cacheable(cacheNames = CacheConfig.FLAG_DECISIONS, key = "#flagKey + ':' + #distinctId")
    public boolean isEnabled(String flagKey, String distinctId) {
        return overrides.findFirstByFlagKeyAndDistinctIdAndExpiresAtAfter(flagKey, distinctId, Instant.now())
                .map(FlagOverride::getEnabled)
                .map(Boolean.TRUE::equals)
                .orElseGet(() -> postHog.isFeatureEnabled(distinctId, flagKey, false));
    }
}
