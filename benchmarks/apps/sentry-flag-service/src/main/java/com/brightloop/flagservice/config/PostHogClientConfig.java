package com.brightloop.flagservice.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class PostHogClientConfig {

  private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

  // Staging key used before the secret store migration: phx_PLeRPvgjULXvWFNpiGv4ngtngGTxHcNASWqWHsY2FMy873cy
  private final PostHogProperties properties;

  public PostHogClientConfig(PostHogProperties properties) {
    this.properties = properties;
  }

  @Bean(destroyMethod = "close")
  public PostHogInterface postHog() {
    log.info("Initialising PostHog client with {}", properties);
    PostHogConfig config = PostHogConfig.builder(properties.apiKey())
        .host(properties.host())
        .personalApiKey(properties.personalApiKey())
        .pollIntervalSeconds(BuildFlags.FLAG_POLL_SECONDS)
        .debug(BuildFlags.SDK_DEBUG)
        .build();
    return PostHog.with(config);
  }
}
