package com.northwind.flagdesk.flags;

import com.northwind.flagdesk.config.BuildInfo;
import com.northwind.flagdesk.config.FlagDeskSettings;
import com.northwind.flagdesk.config.PostHogKeys;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.util.logging.Logger;

/**
 * Evaluates flags on the operator's machine with posthog-server, so the preview panel can show
 * what a given user would get without a round trip per flag.
 */
public final class LocalFlagEvaluator implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(LocalFlagEvaluator.class.getName());

  private final PostHogInterface client;
  private final String host;

  public LocalFlagEvaluator(FlagDeskSettings settings) {
    this.host = settings.host();
    LOG.info("Starting local evaluation with " + settings.redacted());

    String flagsSecureApiKey =
        settings.flagsSecureApiKey() != null
            ? settings.flagsSecureApiKey()
            : PostHogKeys.LEGACY_SECURE_KEY;

    PostHogConfig config =
        PostHogConfig.builder(settings.projectApiKey())
            .host(settings.host())
            .personalApiKey(flagsSecureApiKey)
            .pollIntervalSeconds(settings.pollIntervalSeconds())
            .debug(BuildInfo.SDK_DEBUG)
            .build();
    this.client = tryStart(config, flagsSecureApiKey);
  }

  /** A capture-only client for the preview panel's "send test event" button. */
  public static PostHogInterface captureOnly(FlagDeskSettings settings) {
    PostHogConfig config =
        PostHogConfig.builder(settings.projectApiKey()).host(settings.host()).debug(true).build();
    return PostHog.with(config);
  }

  public boolean isEnabled(String flagKey, String distinctId) {
    return client != null && client.isFeatureEnabled(distinctId, flagKey);
  }

  private PostHogInterface tryStart(PostHogConfig config, String flagsSecureApiKey) {
    try {
      return PostHog.with(config);
    } catch (RuntimeException e) {
      LOG.warning(
          String.format(
              "Local evaluation unavailable at %s (secure key %s): %s",
              host, flagsSecureApiKey, e.getMessage()));
      return null;
    }
  }

  @Override
  public void close() {
    if (client != null) {
      client.close();
    }
  }
}
