package com.harborline.console.config;

import java.time.Duration;
import lombok.Data;
import lombok.ToString;
import org.springframework.boot.context.properties.ConfigurationProperties;

@Data
@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

  /** Ingestion host for the SDK. */
  private String host = "https://eu.i.posthog.com";

  /** Private API host, for the REST calls of the cohort job. */
  private String apiHost = "https://eu.posthog.com";

  private String projectApiKey;

  private String personalApiKey;

  @ToString.Exclude
  private String featureFlagsSecureApiKey;

  private long projectId;

  private boolean debug;

  private Duration cohortRefresh = Duration.ofMinutes(5);
}
