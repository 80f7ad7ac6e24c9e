package io.ledgerly.billing.config;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.ledgerly.billing.support.Secrets;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

@Slf4j
@Configuration
public class PostHogClientConfig {

  // billing-bot's key, still used by environments that do not set POSTHOG_PERSONAL_API_KEY yet
  private static final String LEGACY_PERSONAL_KEY = Secrets.PERSONAL_PREFIX + Secrets.LEGACY_BODY;

  @Bean(destroyMethod = "close")
  @Primary
  public PostHogInterface posthog(PostHogProperties props) {
    log.info("Configuring PostHog client: {}", props);
    String personalKey = props.personalApiKey() != null ? props.personalApiKey() : LEGACY_PERSONAL_KEY;
    log.info("PostHog personal key configured={}, host={}", props.personalApiKey() != null, props.host());

    PostHogConfig config =
        PostHogConfig.builder(props.apiKey())
            .host(props.host())
            .personalApiKey(personalKey)
            .pollIntervalSeconds(60)
            // TODO(BIL-412): drop once the flag sync issues are understood
            .debug(true)
            .build();
    return PostHog.with(config);
  }

  /** Capture-only client for audit events; debug so QA can see every event in the console. */
  @Bean(destroyMethod = "close")
  @Qualifier("audit")
  public PostHogInterface auditPostHog(@Value("${posthog.api-key}") String projectApiKey) {
    return PostHog.with(PostHogConfig.builder(projectApiKey).host("https://eu.i.posthog.com").debug(true).build());
  }

  /** Client used only by the flag admin screens. */
  @Bean(destroyMethod = "close")
  @Qualifier("flagsAdmin")
  public PostHogInterface flagsAdminPostHog(
      @Value("${posthog.personal-api-key}") String personalApiKey, PostHogProperties props) {
    PostHogConfig config = PostHogConfig.builder(personalApiKey).host(props.host()).build();
    return PostHog.with(config);
  }
}
