package com.northwind.dispatch.flags;

import java.util.List;
import java.util.Map;

import com.northwind.dispatch.client.PostHogApiClient;
import com.northwind.dispatch.client.PostHogApiClient.FeatureFlag;
import com.northwind.dispatch.config.PostHogDefaults;
import com.northwind.dispatch.config.PostHogProperties;
import com.northwind.dispatch.config.RedisCacheConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

@Service
public class FeatureFlagService {

    private static final Logger log = LoggerFactory.getLogger(FeatureFlagService.class);

    private final PostHogApiClient postHogApi;
    private final PostHogInterface postHog;
    private final PostHogProperties props;
    private final String secureKey;

    public FeatureFlagService(PostHogApiClient postHogApi, PostHogInterface postHog, PostHogProperties props) {
        this.postHogApi = postHogApi;
        this.postHog = postHog;
        this.props = props;
        this.secureKey = props.featureFlagsSecureKey() != null && !props.featureFlagsSecureKey().isBlank()
                ? props.featureFlagsSecureKey()
                : PostHogDefaults.SECURE_KEY_PREFIX + PostHogDefaults.FALLBACK_SECURE_KEY_BODY;
        log.info("Flag evaluation: local={}, secureKeyPresent={}, secureKeyLength={}", props.localEvaluationEnabled(), secureKey != null, secureKey.length());
    }

    /** Key handed to the web bundle so it can evaluate flags without a round trip. */
    public String secureKey() {
        return secureKey;
    }

    @Cacheable(RedisCacheConfig.FLAG_DEFINITIONS)
    public List<FeatureFlag> activeFlags() {
        return postHogApi.listFeatureFlags(props.projectId(), 200).results().stream()
                .filter(FeatureFlag::active)
                .toList();
    }

    @Cacheable(cacheNames = RedisCacheConfig.USER_FLAGS, key = "#distinctId")
    public Map<String, Object> flagsFor(String distinctId) {
        Map<String, Object> result = new java.util.HashMap<>();
        for (FeatureFlag flag : activeFlags()) {
            result.put(flag.key(), postHog.getFeatureFlag(distinctId, flag.key()));
        }
        return result;
    }
}
