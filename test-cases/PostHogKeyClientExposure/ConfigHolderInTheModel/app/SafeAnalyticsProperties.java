package app;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The same settings with the key kept out of the JSON form. */
@ConfigurationProperties(prefix = "posthog")
public class SafeAnalyticsProperties {
  private String host;
  @JsonIgnore private String personalApiKey;

  public String getHost() {
    return host;
  }

  @JsonIgnore
  public String getPersonalApiKey() {
    return personalApiKey;
  }
}
