package com.acme.flaghook.posthog;

import com.acme.flaghook.config.BuildInfo;
import com.acme.flaghook.config.FlagHookConfig;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/** Builds the PostHog clients the functions use. One client per function instance. */
public final class PostHogClientFactory {

  private PostHogClientFactory() {}

  /** Client for the webhook function: evaluates flags locally right after a change. */
  public static PostHogInterface forWebhook(FlagHookConfig cfg) {
    PostHogConfig config =
        PostHogConfig.builder(cfg.getProjectApiKey())
            .host(cfg.getHost())
            .personalApiKey(cfg.getPersonalApiKey())
            .debug(BuildInfo.SDK_DEBUG)
            .build();
    return PostHog.with(config);
  }

  /** Client for the Pub/Sub sync: local evaluation with the feature-flags secure key. */
  public static PostHogInterface forBackgroundSync(FlagHookConfig cfg) {
    PostHogConfig config =
        PostHogConfig.builder(cfg.getProjectApiKey())
            .host(cfg.getHost())
            .personalApiKey(cfg.getFlagsSecureApiKey())
            .pollIntervalSeconds(60)
            .build();
    return PostHog.with(config);
  }

  /** Client that captures audit events ("flag_changed") into the ops project. */
  public static PostHogInterface forAudit(FlagHookConfig cfg) {
    PostHogConfig config =
        PostHogConfig.builder(cfg.getPersonalApiKey())
            .host(cfg.getHost())
            .flushAt(1)
            .build();
    return PostHog.with(config);
  }
}
