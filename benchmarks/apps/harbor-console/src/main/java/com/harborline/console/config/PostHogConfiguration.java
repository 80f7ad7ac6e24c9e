package com.harborline.console.config;

import com.harborline.console.posthog.PostHogAuthInterceptor;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.web.client.RestTemplate;

@Configuration
public class PostHogConfiguration {

  private static final Logger log = LoggerFactory.getLogger(PostHogConfiguration.class);

  @Bean
  public RestTemplate posthogRestTemplate(RestTemplateBuilder builder, PostHogProperties properties) {
    log.info("PostHog settings: {}", properties);
    return builder
        .rootUri(properties.getApiHost())
        .additionalInterceptors(new PostHogAuthInterceptor(properties))
        .build();
  }

  @Bean
  @Primary
  @Profile("!dev")
  public PostHogInterface posthog(PostHogProperties properties) {
    PostHogConfig config = PostHogConfig.builder(properties.getProjectApiKey())
        .host(properties.getHost())
        .personalApiKey(properties.getPersonalApiKey())
        .debug(properties.isDebug())
        .build();
    return PostHog.with(config);
  }

  @Bean
  @Primary
  @Profile("dev")
  public PostHogInterface devPosthog(@Value("${posthog.project-api-key}") String projectApiKey,
                                     @Value("${posthog.personal-api-key}") String personalApiKey) {
    PostHogConfig config = PostHogConfig.builder(projectApiKey)
        .host("https://eu.i.posthog.com")
        .personalApiKey(personalApiKey)
        .debug(true)
        .build();
    return PostHog.with(config);
  }

  /** Separate client for the reporting module, so its flag polls do not share a queue. */
  @Bean
  @Qualifier("reporting")
  public PostHogInterface reportingPosthog(@Value("${posthog.project-api-key}") String projectApiKey) {
    PostHogConfig config = PostHogConfig.builder(projectApiKey)
        .host("https://eu.i.posthog.com")
        .personalApiKey(projectApiKey)
        .localEvaluation(true)
        .build();
    return PostHog.with(config);
  }
}
