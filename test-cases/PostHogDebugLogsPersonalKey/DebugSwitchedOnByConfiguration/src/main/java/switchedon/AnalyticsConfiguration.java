package switchedon;

import com.posthog.server.PostHogConfig;
import org.springframework.beans.factory.annotation.Value;

/**
 * Debug read from a setting that a configuration file switches on: the key is printed wherever that
 * file is in effect. A setting every file leaves off, or only a developer's profile switches on, is
 * not reported.
 */
public class AnalyticsConfiguration {
  @Value("${posthog.verbose}")
  private boolean verbose;

  @Value("${posthog.sdk-debug}")
  private boolean sdkDebug;

  @Value("${posthog.trace}")
  private boolean trace;

  PostHogConfig fromTheHolder(PostHogProperties properties) {
    return PostHogConfig.builder(properties.getApiKey())
        .personalApiKey(properties.getPersonalApiKey())
        .debug(properties.isSdkDebug()) // Noncompliant
        .build();
  }

  PostHogConfig fromAnInjectedField(PostHogProperties properties) {
    return PostHogConfig.builder(properties.getApiKey())
        .personalApiKey(properties.getPersonalApiKey())
        .debug(sdkDebug) // Noncompliant
        .build();
  }

  PostHogConfig onlyInADeveloperProfile(PostHogProperties properties) {
    return PostHogConfig.builder(properties.getApiKey())
        .personalApiKey(properties.getPersonalApiKey())
        .debug(verbose)
        .build();
  }

  PostHogConfig leftOff(PostHogProperties properties) {
    return PostHogConfig.builder(properties.getApiKey())
        .personalApiKey(properties.getPersonalApiKey())
        .debug(properties.isTrace() || trace)
        .build();
  }
}
