package com.tallyfield.flagapi.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.tallyfield.flagapi.config.PostHogSettings;
import com.tallyfield.flagapi.security.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the PostHog server SDK client used for flag evaluation and event capture.
 */
public final class PostHogClientFactory {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientFactory.class);

    private PostHogClientFactory() {
    }

    public static PostHogInterface create(PostHogSettings settings) {
        PostHogConfig.Builder builder = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .pollIntervalSeconds(settings.pollIntervalSeconds());

        String localEvaluationKey = settings.localEvaluationKey();
        if (localEvaluationKey != null) {
            builder.personalApiKey(localEvaluationKey);
            log.info("Local flag evaluation enabled with key {}", Masking.mask(localEvaluationKey));
        } else {
            log.info("No local evaluation key configured; every flag check calls {}", settings.host());
        }

        PostHogConfig config = builder.build();
        if (settings.sdkDebug()) {
            config.setDebug(true);
        }
        return PostHog.with(config);
    }
}
