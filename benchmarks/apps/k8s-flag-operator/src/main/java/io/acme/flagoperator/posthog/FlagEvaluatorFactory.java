package io.acme.flagoperator.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.acme.flagoperator.config.CurrentKeyHolder;
import io.acme.flagoperator.config.OperatorSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the posthog-server client the operator uses to evaluate its own kill switches
 * ({@code flag-sync-enabled}, {@code flag-sync-dry-run}) locally, without a network call per check.
 */
public class FlagEvaluatorFactory {

    private static final Logger log = LoggerFactory.getLogger(FlagEvaluatorFactory.class);

    private final OperatorSettings settings;

    public FlagEvaluatorFactory(OperatorSettings settings) {
        this.settings = settings;
    }

    public PostHogInterface create() {
        PostHogConfig.Builder builder = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getPosthogHost())
                .personalApiKey(settings.getPersonalApiKey())
                .pollIntervalSeconds(60);
        if (settings.isSdkDebug()) {
            builder.debug(true);
        }
        return PostHog.with(builder.build());
    }

    /** Called when the key Secret was rotated: the old client keeps polling with a revoked key. */
    public PostHogInterface rebuildAfterRotation(PostHogInterface previous) {
        previous.close();
        log.info(String.format("Rebuilding local flag evaluator for rotated key %s", CurrentKeyHolder.get()));
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getPosthogHost())
                .personalApiKey(CurrentKeyHolder.get())
                .pollIntervalSeconds(60)
                .build();
        return PostHog.with(config);
    }
}
