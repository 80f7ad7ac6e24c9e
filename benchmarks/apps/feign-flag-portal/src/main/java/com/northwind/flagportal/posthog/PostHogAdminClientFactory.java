package com.northwind.flagportal.posthog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.flagportal.support.PostHogKeyHolder;
import feign.Feign;
import feign.jackson.JacksonDecoder;
import feign.jackson.JacksonEncoder;
import feign.slf4j.Slf4jLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.openfeign.support.SpringMvcContract;
import org.springframework.stereotype.Component;

/**
 * Builds {@link PostHogApiClient}s for other PostHog regions by hand (the Spring-managed client is
 * bound to {@code posthog.host}). Used to mirror flags from the US to the EU instance.
 */
@Component
public class PostHogAdminClientFactory {

  private static final Logger log = LoggerFactory.getLogger(PostHogAdminClientFactory.class);

  private final ObjectMapper objectMapper;

  public PostHogAdminClientFactory(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  public PostHogApiClient forHost(String host) {
    log.info("Creating PostHog admin client for {} with personal key {}", host, PostHogKeyHolder.getPersonalApiKey());
    return Feign.builder()
        .contract(new SpringMvcContract())
        .encoder(new JacksonEncoder(objectMapper))
        .decoder(new JacksonDecoder(objectMapper))
        .logger(new Slf4jLogger(PostHogAdminClientFactory.class))
        .logLevel(feign.Logger.Level.FULL)
        .requestInterceptor(
            template ->
                template.header("Authorization", "Bearer " + PostHogKeyHolder.getPersonalApiKey()))
        .target(PostHogApiClient.class, host);
  }
}
