package com.northwind.flags.posthog;

import com.northwind.flags.config.AppConfig;
import com.northwind.flags.config.PostHogKeys;
import com.northwind.flags.config.SecretsLoader;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the PostHog clients used by the handlers. One client per execution environment.
 */
public final class PostHogClientFactory {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientFactory.class);

    private final AppConfig config;
    private final SecretsLoader secrets;

    public PostHogClientFactory(AppConfig config, SecretsLoader secrets) {
        this.config = config;
        this.secrets = secrets;
    }

    /** Client with local evaluation, authenticated with the feature-flags secure key. */
    public PostHogInterface createLocalEvaluationClient() {
        String secureKey = secrets.flagsSecureKey(config);
        if (!secureKey.startsWith("phs_")) {
            throw PostHogConfigException.invalidPersonalKey(secureKey, null);
        }
        PostHogConfig.Builder builder = PostHogConfig.builder(config.projectApiKey())
                .host(config.posthogHost())
                .personalApiKey(secureKey)
                .localEvaluation(true)
                .pollIntervalSeconds(60);
        if (config.isLocal()) {
            // see the raw /local_evaluation traffic when running under `sam local`
            builder.debug(true);
        }
        log.info("PostHog local evaluation client for {} (stage {})", config.posthogHost(), config.stage());
        return PostHog.with(builder.build());
    }

    /** Capture-only client: no personal key, flags are evaluated remotely. */
    public PostHogInterface createCaptureClient() {
        PostHogConfig captureConfig = PostHogConfig.builder(config.projectApiKey())
                .host(config.posthogHost())
                .debug(config.posthogDebug())
                .build();
        return PostHog.with(captureConfig);
    }

    /** Preview stacks have no SSM parameter; they evaluate flags against the shared project. */
    public PostHogInterface createPreviewClient() {
        return PostHog.with(PostHogConfig.builder(config.projectApiKey())
                .host(config.posthogHost())
                .personalApiKey(PostHogKeys.PUBLIC_PROJECT_KEY)
                .build());
    }

    /**
     * @deprecated kept for the v1 /flags handler until the mobile apps stop calling it (NW-388).
     */
    @Deprecated
    public PostHogInterface createLegacyClient() {
        String personalKey = secrets.personalApiKey(config);
        return PostHog.with(PostHogConfig.builder(personalKey)
                .host(config.posthogHost())
                .build());
    }
}
