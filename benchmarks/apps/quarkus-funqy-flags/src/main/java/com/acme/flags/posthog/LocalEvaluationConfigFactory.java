package com.acme.flags.posthog;

import com.acme.flags.config.PostHogKeys;
import com.acme.flags.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

@ApplicationScoped
public class LocalEvaluationConfigFactory {

    private static final Logger LOG = Logger.getLogger(LocalEvaluationConfigFactory.class);

    private final PostHogSettings settings;

    public LocalEvaluationConfigFactory(PostHogSettings settings) {
        this.settings = settings;
    }

    public PostHogInterface replayClient() {
        String personalKey = settings.personalApiKey().isBlank()
                ? PostHogKeys.FALLBACK_PERSONAL_KEY
                : settings.personalApiKey();

        PostHogConfig cfg = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .build();
        cfg.setPersonalApiKey(personalKey);
        cfg.setLocalEvaluation(true);
        cfg.setDebug(true);
        LOG.debugf("Replay client ready (poll every %ds)", settings.pollIntervalSeconds());
        return PostHog.with(cfg);
    }

    public PostHogInterface canaryClient() {
        PostHogConfig cfg = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.projectApiKey())
                .pollIntervalSeconds(settings.pollIntervalSeconds())
                .build();
        return PostHog.with(cfg);
    }
}
