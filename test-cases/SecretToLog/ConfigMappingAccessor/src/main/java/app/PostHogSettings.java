package app;

import io.smallrye.config.ConfigMapping;

/** Quarkus binds posthog.* here: each accessor reads the property of its name. */
@ConfigMapping(prefix = "posthog")
public interface PostHogSettings {
  String host();

  String featureFlagsKey();
}
