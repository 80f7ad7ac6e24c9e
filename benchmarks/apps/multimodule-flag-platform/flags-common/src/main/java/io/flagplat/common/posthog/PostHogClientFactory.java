package io.flagplat.common.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.flagplat.common.config.PostHogSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class PostHogClientFactory {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientFactory.class);

    private final PostHogSettings settings;

    public PostHogClientFactory(PostHogSettings settings) {
        this.settings = settings;
    }

    public PostHogInterface createFlagsClient() {
        PostHogConfig.Builder builder = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .pollIntervalSeconds(settings.getPollIntervalSeconds())
                .debug(false);
        if (settings.hasPersonalApiKey()) {
            builder.personalApiKey(settings.getPersonalApiKey());
            log.info("Local flag evaluation enabled (personal key, {} chars)", settings.getPersonalApiKey().length());
        } else {
            log.warn("{} is not set; flags will be evaluated remotely", PostHogSettings.PERSONAL_KEY_PROPERTY);
        }
        return PostHog.with(builder.build());
    }

    public PostHogInterface createCaptureClient(boolean verbose) {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .debug(verbose)
                .build();
        return PostHog.with(config);
    }
}
