package com.northwind.flags.posthog;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.northwind.flags.config.AppConfig;
import com.northwind.flags.config.SecretsLoader;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/**
 * EventBridge schedule (every 5 minutes): evaluates a canary flag with local evaluation so
 * that broken credentials show up in the alarms before users hit them.
 */
public class LocalEvalWarmup implements RequestHandler<ScheduledEvent, String> {

    private static final AppConfig CONFIG = AppConfig.fromEnvironment();
    private static final SecretsLoader SECRETS = SecretsLoader.create();

    @Override
    public String handleRequest(ScheduledEvent event, Context context) {
        String personalKey = SECRETS.personalApiKey(CONFIG);

        PostHogConfig cfg = PostHogConfig.builder(CONFIG.projectApiKey())
                .host(CONFIG.posthogHost())
                .build();
        cfg.setPersonalApiKey(personalKey);
        cfg.setLocalEvaluation(true);
        // TODO(NW-412): remove once the intermittent 401s on flag polling are understood
        cfg.setDebug(true);

        PostHogInterface posthog = PostHog.with(cfg);
        try {
            Object variant = posthog.getFeatureFlag("warmup-canary", "checkout-redesign");
            context.getLogger().log("warmup: checkout-redesign=" + variant
                    + ", personal key configured=" + (personalKey != null));
            return String.valueOf(variant);
        } finally {
            posthog.close();
        }
    }
}
