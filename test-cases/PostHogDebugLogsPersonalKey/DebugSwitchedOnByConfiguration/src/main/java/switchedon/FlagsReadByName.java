package switchedon;

import com.posthog.server.PostHogConfig;
import com.typesafe.config.Config;
import org.springframework.core.env.Environment;

/**
 * Debug read by the setting's name from the configuration: switched on where a configuration file
 * sets it to true, left alone where a file sets it to false or only a developer's profile sets it.
 */
public class FlagsReadByName {
  private final Environment environment;
  private final Config config;
  private final org.eclipse.microprofile.config.Config microProfile;

  FlagsReadByName(
      Environment environment, Config config, org.eclipse.microprofile.config.Config microProfile) {
    this.environment = environment;
    this.config = config;
    this.microProfile = microProfile;
  }

  PostHogConfig fromTheEnvironment(PostHogProperties properties) {
    return PostHogConfig.builder(properties.getApiKey())
        .personalApiKey(properties.getPersonalApiKey())
        .debug(environment.getProperty("posthog.sdk-debug", Boolean.class, false)) // Noncompliant
        .build();
  }

  PostHogConfig fromTypesafeConfig(PostHogProperties properties) {
    boolean debug = config.getConfig("posthog").getBoolean("sdk-debug");
    PostHogConfig built =
        PostHogConfig.builder(properties.getApiKey())
            .personalApiKey(properties.getPersonalApiKey())
            .build();
    built.setDebug(debug); // Noncompliant
    return built;
  }

  PostHogConfig fromMicroProfile(PostHogProperties properties) {
    return PostHogConfig.builder(properties.getApiKey())
        .personalApiKey(properties.getPersonalApiKey())
        .debug(microProfile.getValue("posthog.sdk-debug", Boolean.class)) // Noncompliant
        .build();
  }

  PostHogConfig leftOffOrOnlyForDevelopers(PostHogProperties properties) {
    PostHogConfig built =
        PostHogConfig.builder(properties.getApiKey())
            .personalApiKey(properties.getPersonalApiKey())
            .debug(environment.getProperty("posthog.trace", Boolean.class, true))
            .build();
    built.setDebug(config.getBoolean("posthog.verbose"));
    return built;
  }
}
