package io.marigold.telemetry.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Optional;

@ConfigMapping(prefix = "posthog")
public interface PostHogSettings {

  @WithDefault("https://us.posthog.com")
  String host();

  String projectApiKey();

  @WithName("personal-api-key")
  String personalApiKey();

  Optional<String> featureFlagsSecureApiKey();

  long projectId();

  default String maskedPersonalKey() {
    return KeyFormat.mask(personalApiKey());
  }

  default String ingestHost() {
    return host().replace("://us.", "://us.i.").replace("://eu.", "://eu.i.");
  }
}
