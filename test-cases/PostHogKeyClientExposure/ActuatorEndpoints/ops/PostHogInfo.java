package ops;

import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/** What /actuator/info and /actuator/health show is served to whoever may read them. */
public class PostHogInfo implements InfoContributor {
  private final String projectSecretKey = System.getenv("POSTHOG_PROJECT_SECRET_KEY");
  private final String projectKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  @Override
  public void contribute(Info.Builder builder) {
    builder.withDetail("posthogProjectKey", projectKey);
    builder.withDetail("posthogSecureKey", projectSecretKey); // Noncompliant
    builder.withDetails(Map.of("flagsKey", projectSecretKey)); // Noncompliant
    builder.withDetail("posthogSecureKeySet", projectSecretKey != null);
  }

  public Health health() {
    Health.up().withDetail("flagsKeyLength", projectSecretKey.length());
    Health.up().withDetails(Map.of("flagsKey", projectSecretKey)); // Noncompliant
    return Health.up().withDetail("flagsKey", projectSecretKey).build(); // Noncompliant
  }
}
