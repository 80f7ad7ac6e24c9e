package com.brightloop.flagservice.web;

import com.brightloop.flagservice.config.PostHogProperties;
import org.springframework.stereotype.Component;

/** Builds the support view of the PostHog client setup. */
@Component
public class DiagnosticsMapper {

  /** What support sees on the diagnostics page. */
  public record SdkStatus(
      String host, String projectKey, String personalApiKey, boolean localEvaluation) {}

  public SdkStatus toStatus(PostHogProperties properties) {
    return new SdkStatus(
        properties.host(),
        properties.apiKey(),
        properties.personalApiKey(),
        properties.personalApiKey() != null);
  }
}
