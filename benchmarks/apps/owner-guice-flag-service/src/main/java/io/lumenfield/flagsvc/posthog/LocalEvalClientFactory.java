package io.lumenfield.flagsvc.posthog;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.lumenfield.flagsvc.cli.CliOptions;
import io.lumenfield.flagsvc.config.PostHogSettings;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

@Singleton
public class LocalEvalClientFactory {

    private static final Logger log = LogManager.getLogger(LocalEvalClientFactory.class);

    private static final String HEALTHCHECK_FLAG = "flag-service-healthcheck";
    private static final String FALLBACK_SECURE_KEY =
            PostHogKeys.SECURE_KEY_PREFIX + "vUXs3FHehOIvS2Lt7wjhzQGu4c6kcOuVS4DPmpfUw3InsdN";

    private final PostHogSettings settings;

    @Inject
    public LocalEvalClientFactory(PostHogSettings settings) {
        this.settings = settings;
    }

    public PostHogInterface pollingClient() {
        String key = settings.featureFlagsSecureKey();
        if (key == null || key.isBlank()) {
            key = FALLBACK_SECURE_KEY;
        }
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(key)
                .localEvaluation(true)
                .debug(settings.sdkDebug())
                .build();
        return PostHog.with(config);
    }

    public PostHogInterface overrideClient(CliOptions options) {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(options.flagsKey)
                .localEvaluation(true)
                .build();
        return PostHog.with(config);
    }

    public PostHogInterface diagnosticsClient() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .build();
        config.setPersonalApiKey(settings.personalApiKey());
        config.setLocalEvaluation(true);
        config.setDebug(true);
        return PostHog.with(config);
    }

    public boolean checkDefinitions(CliOptions options) {
        PostHogInterface client;
        if (options.verbose) {
            client = diagnosticsClient();
        } else if (options.flagsKey != null && !options.flagsKey.isBlank()) {
            client = overrideClient(options);
        } else {
            client = pollingClient();
        }
        log.info("Checking flag definitions on {} with local evaluation key {}",
                settings.host(), PostHogKeys.mask(settings.localEvaluationKey()));
        try {
            boolean enabled = client.isFeatureEnabled("flag-service", HEALTHCHECK_FLAG, false);
            log.info("{} evaluated to {}", HEALTHCHECK_FLAG, enabled);
            return true;
        } catch (RuntimeException e) {
            log.error("Flag definition check failed", e);
            return false;
        } finally {
            client.close();
        }
    }
}
