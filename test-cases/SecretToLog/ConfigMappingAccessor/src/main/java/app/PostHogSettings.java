package app;

import io.smallrye.config.ConfigMapping;

/** Quarkus binds posthog.* here: each accessor reads the property of its name. */
@ConfigMapping(prefix = "posthog")
public interface PostHogSettings {
  String host();

  String featureFlagsKey();

  Legacy legacy();

  /** A group: its accessors read posthog.legacy.* */
  interface Legacy {
    boolean enabled();

    String writeKey();

    String region();
  }
}
