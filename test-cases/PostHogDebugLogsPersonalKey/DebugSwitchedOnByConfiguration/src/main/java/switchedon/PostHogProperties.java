package switchedon;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The PostHog settings the configuration files bind. */
@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {
  private String apiKey;
  private String personalApiKey;
  private boolean sdkDebug;
  private boolean trace;

  public String getApiKey() {
    return apiKey;
  }

  public String getPersonalApiKey() {
    return personalApiKey;
  }

  public boolean isSdkDebug() {
    return sdkDebug;
  }

  public boolean isTrace() {
    return trace;
  }
}
