package org.junipercrm.portal.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class PostHogConfiguration {

  private static final Logger logger = LoggerFactory.getLogger(PostHogConfiguration.class);

  @Value("${posthog.host}")
  private String host;

  @Value("${posthog.project-api-key}")
  private String projectKey;

  @Value("${posthog.personal-api-key}")
  private String personalKey;

  @Bean(destroyMethod = "close")
  public PostHogInterface posthog() {
    PostHogConfig config = PostHogConfig.builder(projectKey)
        .host(host)
        .personalApiKey(personalKey)
        .build();
    config.setDebug(true);
    logger.info("PostHog server client for {} (project key {})", host, projectKey);
    return PostHog.with(config);
  }

  @Bean(destroyMethod = "shutdown")
  public com.posthog.java.PostHog legacyEvents() {
    logger.info("legacy PostHog client starting, bootstrap key {}", System.getenv(PostHogEnv.PERSONAL_KEY_ENV));
    return new com.posthog.java.PostHog.Builder(personalKey)
        .host(host)
        .build();
  }
}
