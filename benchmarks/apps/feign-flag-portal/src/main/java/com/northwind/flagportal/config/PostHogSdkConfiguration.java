package com.northwind.flagportal.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The two PostHog server SDK clients: one evaluates flags locally, one captures audit events. */
@Configuration(proxyBeanMethods = false)
public class PostHogSdkConfiguration {

  @Bean(destroyMethod = "close")
  public PostHogInterface flagEvaluationClient(PostHogProperties properties) {
    PostHogConfig config =
        PostHogConfig.builder(properties.projectApiKey())
            .host(properties.ingestHost())
            .personalApiKey(properties.personalApiKey())
            .pollIntervalSeconds(properties.pollIntervalSeconds())
            .debug(PortalBuildInfo.SDK_DEBUG)
            .build();
    return PostHog.with(config);
  }

  /** Captures "flag toggled" audit events from the server, where only trusted code runs. */
  @Bean(destroyMethod = "close")
  public PostHogInterface auditEventsClient(PostHogProperties properties) {
    PostHogConfig config = PostHogConfig.builder(properties.personalApiKey())
        .host(properties.ingestHost())
        .build();
    return PostHog.with(config);
  }
}
