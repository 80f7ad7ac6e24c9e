package io.northwind.flags.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.northwind.flags.config.ServiceConfig;
import io.northwind.flags.support.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Factories for the posthog-server SDK clients used by the service. */
public final class PostHogClients {

    private static final Logger log = LoggerFactory.getLogger(PostHogClients.class);

    private PostHogClients() {
    }

    /** Main client: project key for capture, personal key for local flag evaluation. */
    public static PostHogInterface primary(ServiceConfig cfg) {
        PostHogConfig config = PostHogConfig.builder(cfg.projectApiKey())
                .host(cfg.posthogHost())
                .personalApiKey(cfg.personalApiKey())
                .pollIntervalSeconds(30)
                .build();
        log.info("PostHog client ready (host={}, personal key {})",
                cfg.posthogHost(), Secrets.mask(cfg.personalApiKey()));
        return PostHog.with(config);
    }

    /**
     * Verbose client for POST /admin/diagnostics, so on-call can see exactly what
     * the SDK sends when a flag evaluates differently than expected.
     */
    public static PostHogInterface diagnostic(ServiceConfig cfg) {
        PostHogConfig config = PostHogConfig.builder(cfg.projectApiKey())
                .host(cfg.posthogHost())
                .personalApiKey(cfg.personalApiKey())
                .localEvaluation(true)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /** Lightweight evaluator for the rollout worker; authenticates with the secure flags key. */
    public static PostHogInterface rolloutEvaluator(ServiceConfig cfg) {
        PostHogConfig config = PostHogConfig.builder(cfg.flagsSecureKey())
                .host(cfg.posthogHost())
                .localEvaluation(false)
                .build();
        return PostHog.with(config);
    }
}
