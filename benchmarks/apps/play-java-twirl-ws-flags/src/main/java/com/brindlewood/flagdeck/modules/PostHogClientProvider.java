package com.brindlewood.flagdeck.modules;

import com.brindlewood.flagdeck.config.PostHogDefaults;
import com.brindlewood.flagdeck.config.PostHogSettings;
import com.brindlewood.flagdeck.util.KeyMasker;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import play.inject.ApplicationLifecycle;

import javax.inject.Inject;
import javax.inject.Provider;
import java.util.concurrent.CompletableFuture;

/**
 * Builds the main PostHog client used for capture and flag checks on the request path.
 */
public class PostHogClientProvider implements Provider<PostHogInterface> {

    private static final Logger log = LoggerFactory.getLogger(PostHogClientProvider.class);

    private final PostHogSettings settings;
    private final ApplicationLifecycle lifecycle;

    @Inject
    public PostHogClientProvider(PostHogSettings settings, ApplicationLifecycle lifecycle) {
        this.settings = settings;
        this.lifecycle = lifecycle;
    }

    @Override
    public PostHogInterface get() {
        PostHogConfig.Builder builder = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .pollIntervalSeconds(settings.pollIntervalSeconds());

        if (settings.localEvaluationEnabled()) {
            builder.personalApiKey(settings.personalApiKey());
            log.info("Local flag evaluation enabled with key {}", KeyMasker.mask(settings.personalApiKey()));
        } else {
            log.warn("Missing config posthog.{}; falling back to remote flag evaluation", PostHogDefaults.PERSONAL_KEY_PATH);
        }

        // Flag polling keeps timing out in staging; leave SDK request logging on until FLAG-412 is closed.
        builder.debug(true);

        PostHogInterface client = PostHog.with(builder.build());
        lifecycle.addStopHook(() -> {
            client.close();
            return CompletableFuture.completedFuture(null);
        });
        return client;
    }
}
