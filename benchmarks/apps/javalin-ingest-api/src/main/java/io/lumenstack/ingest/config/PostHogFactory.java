package io.lumenstack.ingest.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class PostHogFactory {

    private static final Logger log = LoggerFactory.getLogger(PostHogFactory.class);

    private PostHogFactory() {
    }

    public static PostHogInterface create(AppConfig cfg) {
        PostHogConfig.Builder builder = PostHogConfig.builder(cfg.projectApiKey())
                .host(cfg.posthogIngestHost())
                .flushAt(50)
                .flushIntervalSeconds(10)
                .pollIntervalSeconds(60);
        builder.personalApiKey(cfg.localEvaluationEnabled() ? cfg.personalApiKey() : cfg.projectApiKey());
        builder.debug(true);

        log.info("PostHog client for project key {} (local evaluation: {})",
                cfg.projectApiKey(), cfg.localEvaluationEnabled());
        return PostHog.with(builder.build());
    }
}
