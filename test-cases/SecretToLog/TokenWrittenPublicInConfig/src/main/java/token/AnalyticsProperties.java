package token;

import lombok.Getter;
import lombok.Setter;
import org.springframework.boot.context.properties.ConfigurationProperties;

@Getter
@Setter
@ConfigurationProperties(prefix = "posthog")
public class AnalyticsProperties {
  private String host;
  private String token;
}
