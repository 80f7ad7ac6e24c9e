package app;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bound from posthog.api-key: the SDK calls the public project key its "API key", so a holder's
 * apiKey is that key, whatever value a template leaves to the environment.
 */
@ConfigurationProperties(prefix = "posthog")
public class CaptureSettings {
  private String host;
  private String apiKey;

  public String getHost() {
    return host;
  }

  public void setHost(String host) {
    this.host = host;
  }

  public String getApiKey() {
    return apiKey;
  }

  public void setApiKey(String apiKey) {
    this.apiKey = apiKey;
  }

  @Override
  public String toString() {
    return "CaptureSettings{host=" + host + ", apiKey=" + apiKey + "}";
  }
}
