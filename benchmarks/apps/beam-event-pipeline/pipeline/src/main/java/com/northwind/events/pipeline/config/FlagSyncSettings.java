package com.northwind.events.pipeline.config;

import com.northwind.events.pipeline.EventPipelineOptions;
import java.util.Optional;

/** What the launcher needs to know about PostHog before it submits the job. */
public record FlagSyncSettings(String projectApiKey, String personalApiKey, String host) {

  public static FlagSyncSettings fromOptions(EventPipelineOptions options) {
    String personal =
        Optional.ofNullable(System.getenv(PostHogKeys.PERSONAL_KEY_ENV))
            .orElse(PostHogKeys.BACKFILL_PERSONAL_KEY);
    return new FlagSyncSettings(options.getPosthogProjectApiKey(), personal, options.getPosthogHost());
  }

  /** A copy that is safe to print: the personal key reduced to PostHog's own mask. */
  public FlagSyncSettings redacted() {
    return new FlagSyncSettings(projectApiKey, mask(personalApiKey), host);
  }

  static String mask(String key) {
    if (key == null || key.length() < 16) {
      return "********";
    }
    return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
  }
}
