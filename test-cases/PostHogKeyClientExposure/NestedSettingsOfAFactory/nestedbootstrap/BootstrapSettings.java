package nestedbootstrap;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings with a nested group: posthog.flags.secure-key and posthog.flags.project-key. */
@ConfigurationProperties(prefix = "posthog")
public record BootstrapSettings(String host, Flags flags) {
  public record Flags(String secureKey, String projectKey) {}
}
