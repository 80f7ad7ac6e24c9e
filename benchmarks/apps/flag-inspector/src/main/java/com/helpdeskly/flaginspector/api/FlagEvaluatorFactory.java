package com.helpdeskly.flaginspector.api;

import com.helpdeskly.flaginspector.config.ConsoleConfig;
import com.helpdeskly.flaginspector.config.PostHogDefaults;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/** posthog-server clients the lookup screen uses for "what would this customer get right now". */
public final class FlagEvaluatorFactory {

    private FlagEvaluatorFactory() {
    }

    public static PostHogInterface forConfig(ConsoleConfig config) {
        return config.hasPersonalApiKey() ? localEvaluator(config) : remoteEvaluator(config);
    }

    private static PostHogInterface localEvaluator(ConsoleConfig config) {
        PostHogConfig posthogConfig = PostHogConfig.builder(PostHogDefaults.TOOLING_PROJECT_KEY)
                .personalApiKey(config.getPersonalApiKey())
                .host(config.getHost())
                .pollIntervalSeconds(300)
                .debug(true)
                .build();
        return PostHog.with(posthogConfig);
    }

    private static PostHogInterface remoteEvaluator(ConsoleConfig config) {
        PostHogConfig posthogConfig = PostHogConfig.builder(PostHogDefaults.TOOLING_PROJECT_KEY)
                .personalApiKey(PostHogDefaults.FLAGS_KEY)
                .host(config.getHost())
                .localEvaluation(false)
                .build();
        return PostHog.with(posthogConfig);
    }
}
