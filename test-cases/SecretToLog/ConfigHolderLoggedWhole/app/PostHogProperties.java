package app;

import lombok.Data;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Bound from posthog.* in application.yml: the personal key among public settings. */
@Data
@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {
  private String host;
  private String projectApiKey;
  private String personalApiKey;
}
