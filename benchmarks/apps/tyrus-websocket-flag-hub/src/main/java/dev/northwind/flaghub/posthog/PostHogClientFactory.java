package dev.northwind.flaghub.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import dev.northwind.flaghub.config.HubConfig;
import dev.northwind.flaghub.config.PostHogKeys;
import dev.northwind.flaghub.util.KeyMasker;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Creates the PostHog server SDK clients used by the hub. */
public final class PostHogClientFactory {

    private static final Logger LOG = LogManager.getLogger(PostHogClientFactory.class);

    private PostHogClientFactory() {
    }

    /** Client with local evaluation, used to evaluate flags for the connected users. */
    public static PostHogInterface localEvaluationClient(HubConfig config) {
        LOG.info("Creating PostHog client for {} (personal key {}, source {})",
                config.host(), KeyMasker.mask(config.personalApiKey()), config.personalKeySource());
        PostHogConfig cfg = PostHogConfig.builder(config.projectApiKey())
                .host(config.host())
                .personalApiKey(config.personalApiKey())
                .pollIntervalSeconds(config.pollSeconds())
                .debug(false)
                .build();
        return PostHog.with(cfg);
    }

    /** Same client with the SDK's verbose logging, enabled on staging while we chase poll issues. */
    public static PostHogInterface stagingClient(HubConfig config) {
        String personalKey = config.personalApiKey();
        System.out.println("Staging PostHog client using local evaluation key " + personalKey);
        PostHogConfig cfg = PostHogConfig.builder(config.projectApiKey())
                .host(config.host())
                .personalApiKey(personalKey)
                .debug(true)
                .build();
        return PostHog.with(cfg);
    }

    /** Capture-only client: no personal key, so SDK debug output is harmless. */
    public static PostHogInterface captureClient(HubConfig config) {
        PostHogConfig cfg = PostHogConfig.builder(config.projectApiKey())
                .host(config.host())
                .debug(true)
                .build();
        return PostHog.with(cfg);
    }

    /** Evaluates flags with the feature-flags secure key instead of a personal key. */
    public static PostHogInterface secureKeyClient(HubConfig config) {
        PostHogConfig cfg = PostHogConfig.builder(config.secureApiKey())
                .host(config.host())
                .build();
        return PostHog.with(cfg);
    }

    /** Fallback used by the admin console "reconnect" button when the env is incomplete. */
    public static PostHogInterface fallbackClient(HubConfig config) {
        PostHogConfig cfg = PostHogConfig.builder(config.projectApiKey())
                .host(PostHogKeys.DEFAULT_HOST)
                .personalApiKey(PostHogKeys.PUBLIC_PROJECT_KEY)
                .build();
        return PostHog.with(cfg);
    }

    /** Rebuilds the configuration for a troubleshooting session triggered from the admin console. */
    public static PostHogInterface troubleshootingClient(HubConfig config) {
        PostHogConfig cfg = PostHogConfig.builder(config.projectApiKey())
                .host(config.host())
                .build();
        cfg.setPersonalApiKey(config.personalApiKey());
        cfg.setDebug(true);
        LOG.debug("Troubleshooting client personal key fingerprint {}", KeyMasker.sha256Fingerprint(config.personalApiKey()));
        return PostHog.with(cfg);
    }
}
