package com.harborline.flaggateway.service;

import java.util.Map;

import com.harborline.flaggateway.config.CacheConfig;
import com.harborline.flaggateway.config.GatewayProperties;
import com.harborline.flaggateway.config.ResilienceConfig;
import com.harborline.flaggateway.posthog.FeatureFlagClient;
import com.harborline.flaggateway.posthog.PostHogAdminClient;
import com.harborline.flaggateway.rules.TargetingRuleParser;
import com.posthog.server.PostHogInterface;
import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@Slf4j
@Service
@RequiredArgsConstructor
public class FlagService {

    private final PostHogInterface postHog;
    private final FeatureFlagClient flagClient;
    private final PostHogAdminClient adminClient;
    private final GatewayProperties gateway;
    private final TargetingRuleParser ruleParser;

    @Cacheable(cacheNames = CacheConfig.FLAGS_CACHE, key = "#distinctId + ':' + #flagKey")
    public Mono<Boolean> isEnabled(String distinctId, String flagKey, Map<String, String> attributes) {
        String override = gateway.getOverrides().get(flagKey);
        if (override != null && ruleParser.parse(override).matches(attributes)) {
            log.debug("Flag {} forced on for {} by local override", flagKey, distinctId);
            return Mono.just(Boolean.TRUE);
        }
        return Mono.fromCallable(() -> postHog.isFeatureEnabled(distinctId, flagKey, false))
                .subscribeOn(Schedulers.boundedElastic());
    }

    @CircuitBreaker(name = ResilienceConfig.POSTHOG_BREAKER, fallbackMethod = "emptyDecisions")
    public Mono<Map<String, Object>> decisions(String distinctId, Map<String, Object> personProperties) {
        return flagClient.evaluateRemote(distinctId, personProperties);
    }

    @CircuitBreaker(name = ResilienceConfig.POSTHOG_BREAKER, fallbackMethod = "emptyServerDecisions")
    public Mono<Map<String, Object>> serverOnlyDecisions(String distinctId) {
        return flagClient.evaluateServerOnly(distinctId);
    }

    @Cacheable(cacheNames = CacheConfig.DEFINITIONS_CACHE, key = "'local-evaluation'")
    public Mono<Map<String, Object>> definitions() {
        return flagClient.fetchDefinitions();
    }

    public Mono<Map<String, Object>> managedFlags() {
        return adminClient.listFeatureFlags();
    }

    private Mono<Map<String, Object>> emptyDecisions(String distinctId, Map<String, Object> personProperties, Throwable cause) {
        log.warn("PostHog unavailable for {}, serving empty decisions ({})", distinctId, cause.getClass().getSimpleName());
        return Mono.just(Map.of("flags", Map.of(), "errorsWhileComputingFlags", true));
    }

    private Mono<Map<String, Object>> emptyServerDecisions(String distinctId, Throwable cause) {
        return emptyDecisions(distinctId, Map.of(), cause);
    }
}
