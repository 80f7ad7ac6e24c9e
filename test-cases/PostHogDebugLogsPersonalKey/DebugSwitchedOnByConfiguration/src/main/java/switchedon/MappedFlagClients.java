package switchedon;

import com.posthog.server.PostHogConfig;

/**
 * Debug read from a configuration mapping's accessor: reported where a configuration file switches
 * it on, not where every file leaves it off or only a developer's profile switches it on.
 */
public class MappedFlagClients {
  PostHogConfig switchedOn(MappedFlagSettings settings) {
    return PostHogConfig.builder(settings.apiKey())
        .personalApiKey(settings.personalApiKey())
        .debug(settings.sdkDebug()) // Noncompliant
        .build();
  }

  PostHogConfig leftOff(MappedFlagSettings settings) {
    return PostHogConfig.builder(settings.apiKey())
        .personalApiKey(settings.personalApiKey())
        .debug(settings.trace() || settings.verbose())
        .build();
  }
}
