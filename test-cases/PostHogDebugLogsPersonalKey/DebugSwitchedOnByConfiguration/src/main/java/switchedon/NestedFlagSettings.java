package switchedon;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** A settings record whose flags are a nested group: posthog.flags.sdk-debug. */
@ConfigurationProperties(prefix = "posthog")
public record NestedFlagSettings(String apiKey, String personalApiKey, Flags flags) {
  public record Flags(boolean sdkDebug, boolean trace) {}
}
