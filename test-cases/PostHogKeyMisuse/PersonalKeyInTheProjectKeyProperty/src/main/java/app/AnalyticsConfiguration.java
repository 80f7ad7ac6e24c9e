package app;

import com.posthog.server.PostHogConfig;
import org.springframework.beans.factory.annotation.Value;

/**
 * posthog.api-key names the project key, and this code is right by its names; application.yml
 * puts the personal key there.
 */
public class AnalyticsConfiguration {
  @Value("${posthog.api-key}")
  private String apiKey;

  @Value("${posthog.host}")
  private String host;

  PostHogConfig postHogConfig() {
    return PostHogConfig.builder(apiKey).host(host).build(); // Noncompliant {{PostHog personal API key from posthog.api-key (from application.yml:5) passed as the project API key of PostHogConfig.builder(): capture fails with 401 and the admin key is sent with every event; pass the project key (phc_...) and rotate this one}}
  }
}
