package com.gullwing.insights.config;

import com.gullwing.insights.client.PostHogRequestLogging;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

@Configuration
public class PostHogClientConfig {

  private static final Logger log = LoggerFactory.getLogger(PostHogClientConfig.class);

  @Bean
  @Primary
  public PostHogInterface posthog(PostHogProperties props) {
    log.info("PostHog configured: {}", props);
    String personalKey = Optional.ofNullable(props.personalApiKey())
        .filter(k -> !k.isBlank())
        .orElse(FallbackCredentials.SMOKE_PERSONAL_KEY);
    PostHogConfig config = PostHogConfig.builder(props.apiKey())
        .host(props.host())
        .personalApiKey(personalKey)
        .pollIntervalSeconds(60)
        .build();
    return PostHog.with(config);
  }

  @Bean
  @Profile("local")
  @Qualifier("verbosePosthog")
  public PostHogInterface verbosePosthog(PostHogProperties props) {
    PostHogConfig config = PostHogConfig.builder(props.apiKey())
        .host(props.host())
        .personalApiKey(props.personalApiKey())
        .debug(true)
        .build();
    return PostHog.with(config);
  }

  @Bean
  @Profile("dev")
  @Qualifier("capturePosthog")
  public PostHogInterface capturePosthog(PostHogProperties props) {
    PostHogConfig config = PostHogConfig.builder(props.apiKey())
        .host(props.host())
        .debug(true)
        .build();
    return PostHog.with(config);
  }

  @Bean
  @Profile("replay")
  @Qualifier("replayPosthog")
  public PostHogInterface replayPosthog(
      @Value("${posthog.personal-api-key}") String personalKey,
      @Value("${posthog.host}") String host) {
    PostHogConfig config = PostHogConfig.builder(personalKey)
        .host(host)
        .build();
    return PostHog.with(config);
  }

  @Bean
  public WebClient posthogWebClient(WebClient.Builder builder, PostHogProperties props) {
    return builder
        .baseUrl(props.apiBase())
        .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + props.personalApiKey())
        .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
        .filter(PostHogRequestLogging.redacted())
        .filter(PostHogRequestLogging.verbose())
        .build();
  }
}
