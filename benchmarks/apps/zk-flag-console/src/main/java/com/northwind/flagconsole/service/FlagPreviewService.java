package com.northwind.flagconsole.service;

import com.northwind.flagconsole.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.springframework.stereotype.Service;

import javax.annotation.PreDestroy;

/**
 * Evaluates a flag for an arbitrary distinct id so operators can preview a
 * rollout before saving it.
 */
@Service
public class FlagPreviewService {

    private final PostHogInterface evaluator;

    public FlagPreviewService(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig
                .builder(settings.getFeatureFlagsSecureKey())
                .host(settings.getHost())
                .build();
        this.evaluator = PostHog.with(config);
    }

    public boolean preview(String distinctId, String flagKey) {
        return evaluator.isFeatureEnabled(distinctId, flagKey, false);
    }

    @PreDestroy
    public void close() {
        evaluator.close();
    }
}
