package mapped;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The PostHog settings bound from configuration, the secure key among them. */
@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {
  private String projectApiKey;
  private String featureFlagsSecureKey;
  private String host;

  public String getProjectApiKey() {
    return projectApiKey;
  }

  public void setProjectApiKey(String projectApiKey) {
    this.projectApiKey = projectApiKey;
  }

  public String getFeatureFlagsSecureKey() {
    return featureFlagsSecureKey;
  }

  public void setFeatureFlagsSecureKey(String featureFlagsSecureKey) {
    this.featureFlagsSecureKey = featureFlagsSecureKey;
  }

  public String getHost() {
    return host;
  }

  public void setHost(String host) {
    this.host = host;
  }
}
