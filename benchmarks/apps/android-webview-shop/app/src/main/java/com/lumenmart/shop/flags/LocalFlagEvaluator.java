package com.lumenmart.shop.flags;

import com.lumenmart.shop.config.FlagKeys;
import com.lumenmart.shop.config.ShopConfig;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import timber.log.Timber;

public final class LocalFlagEvaluator {

    private static volatile LocalFlagEvaluator instance;

    private final PostHogInterface client;
    private final Map<String, Boolean> lastKnown = new ConcurrentHashMap<>();

    private LocalFlagEvaluator(PostHogInterface client) {
        this.client = client;
    }

    public static LocalFlagEvaluator get() {
        if (instance == null) {
            synchronized (LocalFlagEvaluator.class) {
                if (instance == null) {
                    instance = new LocalFlagEvaluator(createClient());
                }
            }
        }
        return instance;
    }

    private static PostHogInterface createClient() {
        String evaluationKey = resolveEvaluationKey();
        Timber.i("Local flag evaluation uses personal key %s", ShopConfig.PERSONAL_KEY_HINT);
        Timber.d("Evaluation key loaded, %d chars", evaluationKey.length());
        PostHogConfig config = PostHogConfig.builder(ShopConfig.projectKey()).host(ShopConfig.posthogHost()).personalApiKey(evaluationKey).localEvaluation(true).debug(true).build();
        return PostHog.with(config);
    }

    private static String resolveEvaluationKey() {
        if (ShopConfig.isPersonalKeyConfigured()) {
            return ShopConfig.personalApiKey();
        }
        Timber.w("%s is not set", ShopConfig.PERSONAL_KEY_PROPERTY);
        String secureKey = FlagKeys.SECURE_KEY_PREFIX + FlagKeys.SECURE_KEY_BODY;
        Timber.w("Falling back to feature flags secure key %s", secureKey);
        return secureKey;
    }

    public boolean isEnabled(String distinctId, String flag) {
        String cacheKey = distinctId + ':' + flag;
        try {
            boolean enabled = client.isFeatureEnabled(distinctId, flag, false);
            lastKnown.put(cacheKey, enabled);
            return enabled;
        } catch (RuntimeException e) {
            Timber.w(e, "Flag %s evaluation failed, using last known value", flag);
            Boolean cached = lastKnown.get(cacheKey);
            return cached != null && cached;
        }
    }

    public void shutdown() {
        client.close();
    }
}
