package app;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Configuration with public getters for everything: the personal key included. */
@ConfigurationProperties(prefix = "posthog")
public class AnalyticsProperties {
  private String host;
  private String personalApiKey;

  public String getHost() {
    return host;
  }

  public void setHost(String host) {
    this.host = host;
  }

  public String getPersonalApiKey() {
    return personalApiKey;
  }

  public void setPersonalApiKey(String personalApiKey) {
    this.personalApiKey = personalApiKey;
  }
}
