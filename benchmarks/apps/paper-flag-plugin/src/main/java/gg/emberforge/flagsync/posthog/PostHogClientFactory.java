package gg.emberforge.flagsync.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import gg.emberforge.flagsync.BuildInfo;
import gg.emberforge.flagsync.config.PostHogSettings;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Builds the posthog-server clients the plugin uses. */
public final class PostHogClientFactory {

  private final PostHogSettings settings;
  private final Logger logger;

  public PostHogClientFactory(PostHogSettings settings, Logger logger) {
    this.settings = settings;
    this.logger = logger;
  }

  /** The client that evaluates feature flags locally for every player. */
  public PostHogInterface createFlagClient() {
    PostHogConfig.Builder builder = PostHogConfig.builder(settings.projectApiKey())
        .host(settings.host())
        .pollIntervalSeconds(settings.pollIntervalSeconds());
    if (settings.localEvaluationEnabled()) {
      builder.personalApiKey(settings.personalApiKey());
    }
    builder.debug(BuildInfo.SDK_DEBUG);
    logger.log(Level.INFO, "PostHog flags: host={0} key={1}", new Object[] {settings.host(), settings.personalApiKey()});
    return PostHog.with(builder.build());
  }

  /** The client that captures server-side gameplay events (joins, arena results). */
  public PostHogInterface createCaptureClient() {
    PostHogConfig config = PostHogConfig.builder(settings.personalApiKey())
        .host(settings.host())
        .flushAt(50)
        .build();
    return PostHog.with(config);
  }
}
