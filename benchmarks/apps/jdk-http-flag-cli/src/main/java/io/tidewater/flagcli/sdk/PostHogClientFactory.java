package io.tidewater.flagcli.sdk;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.tidewater.flagcli.config.CliSettings;

import java.util.logging.Logger;

public final class PostHogClientFactory {

    private static final Logger LOG = Logger.getLogger(PostHogClientFactory.class.getName());

    private PostHogClientFactory() {
    }

    public static PostHogInterface create(CliSettings settings) {
        PostHogConfig.Builder builder = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .sendFeatureFlagEvent(false)
                .pollIntervalSeconds(settings.pollIntervalSeconds())
                .debug(settings.sdkDebug());
        if (settings.hasPersonalApiKey()) {
            builder.personalApiKey(settings.personalApiKey())
                    .localEvaluation(true);
        }
        LOG.fine(() -> "PostHog client for " + settings.host() + ", local evaluation="
                + settings.hasPersonalApiKey() + ", sdk debug=" + settings.sdkDebug());
        return PostHog.with(builder.build());
    }
}
