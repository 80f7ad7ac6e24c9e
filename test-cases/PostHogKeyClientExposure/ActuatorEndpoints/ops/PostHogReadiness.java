package ops;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.springframework.boot.actuate.health.Health;

/** What a health check adds as its data is shown by the health endpoint. */
public class PostHogReadiness {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String projectApiKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  public HealthCheckResponse call() {
    HealthCheckResponseBuilder builder =
        HealthCheckResponse.named("posthog").withData("keyConfigured", personalApiKey != null);
    return builder.withData("personalKey", personalApiKey).down().build(); // Noncompliant
  }

  public HealthCheckResponse project() {
    return HealthCheckResponse.named("posthog").withData("projectKey", projectApiKey).build();
  }

  public Health down() {
    return Health.down()
        .withDetail("host", "https://us.posthog.com")
        .withDetail("adminKey", personalApiKey) // Noncompliant
        .build();
  }
}
