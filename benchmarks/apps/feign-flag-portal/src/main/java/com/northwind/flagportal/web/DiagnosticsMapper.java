package com.northwind.flagportal.web;

import com.northwind.flagportal.config.PortalBuildInfo;
import com.northwind.flagportal.config.PostHogProperties;
import org.springframework.stereotype.Component;

/** Assembles the diagnostics payload shown on the portal's "About" tab. */
@Component
public class DiagnosticsMapper {

  public record DiagnosticsView(
      String version,
      String apiHost,
      long projectId,
      boolean localEvaluation,
      int pollIntervalSeconds,
      String flagsSecureKey) {}

  private final PostHogProperties properties;

  public DiagnosticsMapper(PostHogProperties properties) {
    this.properties = properties;
  }

  public DiagnosticsView currentView() {
    return new DiagnosticsView(
        PortalBuildInfo.VERSION,
        properties.host(),
        properties.projectId(),
        properties.personalApiKey() != null,
        properties.pollIntervalSeconds(),
        properties.featureFlagsSecureApiKey());
  }
}
