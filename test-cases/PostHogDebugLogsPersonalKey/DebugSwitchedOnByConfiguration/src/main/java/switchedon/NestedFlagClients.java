package switchedon;

import com.posthog.server.PostHogConfig;

/** Debug read from a boolean of a nested settings record that the configuration file sets. */
public class NestedFlagClients {
  PostHogConfig switchedOn(NestedFlagSettings settings) {
    NestedFlagSettings.Flags flags = settings.flags();
    return PostHogConfig.builder(settings.apiKey())
        .personalApiKey(settings.personalApiKey())
        .debug(flags.sdkDebug()) // Noncompliant
        .build();
  }

  PostHogConfig leftOff(NestedFlagSettings settings) {
    NestedFlagSettings.Flags flags = settings.flags();
    return PostHogConfig.builder(settings.apiKey())
        .personalApiKey(settings.personalApiKey())
        .debug(flags.trace())
        .build();
  }
}
