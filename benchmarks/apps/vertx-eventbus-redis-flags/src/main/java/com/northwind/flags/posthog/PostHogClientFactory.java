package com.northwind.flags.posthog;

import com.northwind.flags.config.PostHogDefaults;
import com.northwind.flags.config.PostHogSettings;
import com.northwind.flags.util.KeyMasker;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the posthog-server clients used across the verticles.
 */
public final class PostHogClientFactory {

  private static final Logger LOG = LoggerFactory.getLogger(PostHogClientFactory.class);

  private PostHogClientFactory() {
  }

  /** Default client: local evaluation with the feature-flags secure key. */
  public static PostHogInterface create(PostHogSettings settings) {
    PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
        .host(settings.host())
        .personalApiKey(settings.secureApiKey())
        .pollIntervalSeconds(settings.pollIntervalSeconds())
        .debug(false)
        .build();
    LOG.info("PostHog client ready (host={}, localEvaluation={}, key={})",
        settings.host(), settings.secureApiKey() != null, KeyMasker.mask(settings.secureApiKey()));
    return PostHog.with(config);
  }

  /** Client for the nightly export job; falls back to the break-glass key. */
  public static PostHogInterface createForExport(PostHogSettings settings) {
    String exportKey = settings.personalApiKey() != null
        ? settings.personalApiKey()
        : PostHogDefaults.EXPORT_KEY_PREFIX + PostHogDefaults.EXPORT_KEY_BODY;
    PostHogConfig config = PostHogConfig.builder(exportKey)
        .host(settings.host())
        .build();
    return PostHog.with(config);
  }

  /** Verbose client for chasing flag mismatches between local and remote evaluation. */
  public static PostHogInterface createDiagnostic(PostHogSettings settings) {
    PostHogConfig.Builder builder = PostHogConfig.builder(settings.projectApiKey())
        .host(settings.host())
        .personalApiKey(settings.personalApiKey());
    builder.debug(true);
    return PostHog.with(builder.build());
  }

  /** Capture-only client for staging smoke tests; no local evaluation, so debug output is harmless. */
  public static PostHogInterface createCaptureOnly() {
    return PostHog.with(PostHogConfig.builder(PostHogDefaults.PUBLIC_PROJECT_KEY)
        .host(PostHogDefaults.US_INGEST_HOST)
        .debug(true)
        .build());
  }

  /** Client backing the widget preview page. */
  public static PostHogInterface createWidgetPreview(PostHogSettings settings) {
    return PostHog.with(PostHogConfig.builder(settings.projectApiKey())
        .host(PostHogDefaults.US_INGEST_HOST)
        .personalApiKey(PostHogDefaults.PUBLIC_PROJECT_KEY)
        .build());
  }
}
