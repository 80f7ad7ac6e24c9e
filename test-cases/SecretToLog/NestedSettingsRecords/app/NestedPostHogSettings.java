package app;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings in nested records: each record's toString() shows its components, the nested ones too. */
@ConfigurationProperties(prefix = "posthog")
public record NestedPostHogSettings(String host, Admin admin, Capture capture) {
  public record Admin(String personalApiKey, String projectId) {}

  /** A nested holder that leaves its key out of its toString(). */
  public record Capture(String projectApiKey, String secureApiKey) {
    @Override
    public String toString() {
      return "Capture[projectApiKey=" + projectApiKey + "]";
    }
  }
}
