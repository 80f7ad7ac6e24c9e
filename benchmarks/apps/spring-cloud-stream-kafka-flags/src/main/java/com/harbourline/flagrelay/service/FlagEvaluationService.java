package com.harbourline.flagrelay.service;

import com.harbourline.flagrelay.config.PostHogProperties;
import com.harbourline.flagrelay.messaging.FlagEvaluationRequest;
import com.harbourline.flagrelay.messaging.FlagEvaluationResult;
import com.posthog.server.PostHogFeatureFlagOptions;
import com.posthog.server.PostHogInterface;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.StringTokenizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Recover;
import org.springframework.retry.annotation.Retryable;
import org.springframework.stereotype.Service;

@Service
public class FlagEvaluationService {

    private static final Logger log = LoggerFactory.getLogger(FlagEvaluationService.class);

    private final PostHogInterface postHog;
    private final PostHogProperties properties;
    private final Set<String> allowlist;

    public FlagEvaluationService(PostHogInterface postHog, PostHogProperties properties) {
        this.postHog = postHog;
        this.properties = properties;
        this.allowlist = parseAllowlist(properties.getFlagAllowlist());
    }

    @Retryable(retryFor = RuntimeException.class, maxAttempts = 3,
            backoff = @Backoff(delay = 200, multiplier = 2.0))
    public FlagEvaluationResult evaluate(FlagEvaluationRequest request) {
        if (!isAllowed(request.flagKey())) {
            log.debug("Flag {} is not allowlisted, skipping", request.flagKey());
            return FlagEvaluationResult.notEvaluated(request);
        }
        PostHogFeatureFlagOptions.Builder options = PostHogFeatureFlagOptions.builder().defaultValue(false);
        Map<String, Object> personProperties = request.personProperties();
        if (personProperties != null) {
            personProperties.forEach(options::personProperty);
        }
        Object value = postHog.getFeatureFlag(request.distinctId(), request.flagKey(), options.build());
        log.debug("Flag {} = {} for {} (session #{})", request.flagKey(), value, request.distinctId(), request.sessionId());
        return FlagEvaluationResult.of(request, value);
    }

    @Recover
    public FlagEvaluationResult evaluationFailed(RuntimeException ex, FlagEvaluationRequest request) {
        log.error("Giving up on flag {} after retries, client settings {}", request.flagKey(), properties, ex);
        return FlagEvaluationResult.notEvaluated(request);
    }

    private boolean isAllowed(String flagKey) {
        if (allowlist.isEmpty()) {
            return true;
        }
        for (String pattern : allowlist) {
            if (pattern.endsWith("*") ? flagKey.startsWith(pattern.substring(0, pattern.length() - 1))
                    : pattern.equals(flagKey)) {
                return true;
            }
        }
        return false;
    }

    /** Splits {@code posthog.flag-allowlist} ("checkout-*, search-ranking-v2") into patterns. */
    static Set<String> parseAllowlist(String spec) {
        Set<String> patterns = new LinkedHashSet<>();
        if (spec == null) {
            return patterns;
        }
        StringTokenizer tokenizer = new StringTokenizer(spec, ", ");
        while (tokenizer.hasMoreTokens()) {
            String token = tokenizer.nextToken().trim();
            log.trace("allowlist token '{}'", token);
            patterns.add(token);
        }
        return patterns;
    }
}
