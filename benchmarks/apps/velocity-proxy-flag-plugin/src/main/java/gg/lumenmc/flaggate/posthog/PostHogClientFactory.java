package gg.lumenmc.flaggate.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import gg.lumenmc.flaggate.config.KeyDefaults;
import gg.lumenmc.flaggate.config.PostHogSettings;
import gg.lumenmc.flaggate.util.KeyMasker;
import org.slf4j.Logger;

/**
 * Builds the posthog-server clients used by the plugin.
 */
public final class PostHogClientFactory {

    private final Logger logger;

    public PostHogClientFactory(Logger logger) {
        this.logger = logger;
    }

    /** Flag client with local evaluation, authenticated with the key chosen in config.toml. */
    public PostHogInterface createFlagClient(PostHogSettings settings) {
        PostHogConfig.Builder builder = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .pollIntervalSeconds(settings.pollIntervalSeconds());
        String localEvaluationKey = settings.localEvaluationKey();
        if (localEvaluationKey != null) {
            builder.personalApiKey(localEvaluationKey);
            logger.info("Local evaluation uses the {} key {}", settings.localEvaluationKeyType(), KeyMasker.mask(localEvaluationKey));
        } else {
            logger.warn("No local evaluation key configured; every flag check is a network call");
        }
        return PostHog.with(builder.build());
    }

    /** Started instead of the flag client when posthog.diagnostics is on, to see why flags look stale. */
    public PostHogInterface createDiagnosticsClient(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey())
                .pollIntervalSeconds(5)
                .debug(true)
                .build();
        logger.warn("PostHog diagnostics mode is on, flag polling every 5 seconds");
        return PostHog.with(config);
    }

    /** Capture-only client for gameplay analytics; never gets a personal key. */
    public PostHogInterface createAnalyticsClient(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .debug(settings.debug())
                .build();
        return PostHog.with(config);
    }

    /** Client for the shared lumen-network project (network-wide kill switches). */
    public PostHogInterface createNetworkClient() {
        PostHogConfig config = PostHogConfig.builder(KeyDefaults.NETWORK_PROJECT_KEY)
                .host(KeyDefaults.DEFAULT_HOST)
                .personalApiKey(KeyDefaults.NETWORK_PROJECT_KEY)
                .build();
        return PostHog.with(config);
    }
}
