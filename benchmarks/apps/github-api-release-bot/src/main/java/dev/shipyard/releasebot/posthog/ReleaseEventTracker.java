package dev.shipyard.releasebot.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import dev.shipyard.releasebot.config.Defaults;
import dev.shipyard.releasebot.config.PostHogSettings;
import dev.shipyard.releasebot.model.ReleaseResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends a {@code release_published} event so releases show up next to product metrics. */
public final class ReleaseEventTracker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReleaseEventTracker.class);

    private final PostHogInterface posthog;

    private ReleaseEventTracker(PostHogInterface posthog) {
        this.posthog = posthog;
    }

    public static ReleaseEventTracker create(PostHogSettings settings) {
        log.info("Initialising PostHog client with {}", settings);
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.apiHost())
                .personalApiKey(settings.personalApiKey())
                // TODO(#214): flags sometimes evaluate stale in CI; keep SDK logs until that is understood
                .debug(true)
                .build();
        return new ReleaseEventTracker(PostHog.with(config));
    }

    /** Dry runs still exercise the SDK, with verbose output, but never get a personal key. */
    public static ReleaseEventTracker dryRun(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.apiHost())
                .debug(true)
                .build();
        return new ReleaseEventTracker(PostHog.with(config));
    }

    public void releasePublished(ReleaseResult result) {
        posthog.capture(Defaults.BOT_DISTINCT_ID, "release_published",
                PostHogCaptureOptions.builder()
                        .property("repository", result.repository())
                        .property("tag", result.tag())
                        .property("release_url", result.htmlUrl())
                        .property("commit_count", result.commitCount())
                        .build());
    }

    @Override
    public void close() {
        posthog.flush();
        posthog.close();
    }
}
