package profiles;

import com.posthog.server.PostHogConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;

/**
 * Each bean runs under its profiles: only those staging runs read application-staging.yml's
 * secure key as the project key.
 */
public class AnalyticsConfiguration {
  @Value("${posthog.api-key}")
  private String apiKey;

  @Profile("staging")
  PostHogConfig stagingConfig() {
    return PostHogConfig.builder(apiKey).build(); // Noncompliant
  }

  @Profile({"dev", "qa"})
  PostHogConfig sharedConfig() {
    return PostHogConfig.builder(apiKey).build();
  }

  @Profile("!staging & !dev")
  PostHogConfig productionConfig() {
    return PostHogConfig.builder(apiKey).build();
  }

  @Profile("!prod")
  PostHogConfig anyButProductionConfig() {
    return PostHogConfig.builder(apiKey).build(); // Noncompliant
  }

  PostHogConfig everyProfileConfig() {
    return PostHogConfig.builder(apiKey).build(); // Noncompliant
  }
}
