package io.lumenpay.flags.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.lumenpay.flags.config.FunctionConfig;
import io.lumenpay.flags.config.PostHogKeys;
import io.lumenpay.flags.util.KeyMasking;

import java.util.logging.Logger;

public final class PostHogClients {

    private static final Logger LOGGER = Logger.getLogger(PostHogClients.class.getName());

    private static volatile PostHogInterface evaluator;
    private static volatile PostHogInterface ingest;

    private PostHogClients() {
    }

    public static PostHogInterface evaluator(FunctionConfig config) {
        if (evaluator == null) {
            synchronized (PostHogClients.class) {
                if (evaluator == null) {
                    PostHogConfig.Builder builder = PostHogConfig.builder(config.getProjectApiKey())
                            .host(config.getHost());
                    if (config.getPersonalApiKey() != null) {
                        builder.personalApiKey(config.getPersonalApiKey());
                        LOGGER.info("PostHog local evaluation enabled with key " + KeyMasking.mask(config.getPersonalApiKey()));
                    }
                    evaluator = PostHog.with(builder.build());
                }
            }
        }
        return evaluator;
    }

    public static PostHogInterface ingest(FunctionConfig config) {
        if (ingest == null) {
            synchronized (PostHogClients.class) {
                if (ingest == null) {
                    PostHogConfig ingestConfig = PostHogConfig.builder(config.getProjectApiKey())
                            .host(config.getHost())
                            .debug(true)
                            .build();
                    ingest = PostHog.with(ingestConfig);
                }
            }
        }
        return ingest;
    }

    public static PostHogInterface diagnostics(FunctionConfig config) {
        LOGGER.info("Starting diagnostic PostHog client for " + config.getHost() + " with secure key " + config.getSecureFlagsKey());
        PostHogConfig diagnosticConfig = PostHogConfig.builder(config.getProjectApiKey())
                .host(config.getHost())
                .personalApiKey(config.getSecureFlagsKey())
                .localEvaluation(true)
                .pollIntervalSeconds(15)
                .debug(true)
                .build();
        return PostHog.with(diagnosticConfig);
    }

    public static PostHogInterface euEvaluator() {
        PostHogConfig euConfig = PostHogConfig.builder(PostHogKeys.EU_FLAGS_TOKEN)
                .host(PostHogKeys.EU_HOST)
                .personalApiKey(PostHogKeys.EU_FLAGS_TOKEN)
                .pollIntervalSeconds(60)
                .build();
        return PostHog.with(euConfig);
    }
}
