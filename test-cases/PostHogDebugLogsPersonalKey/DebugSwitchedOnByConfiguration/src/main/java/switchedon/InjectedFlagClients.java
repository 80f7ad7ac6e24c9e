package switchedon;

import com.posthog.server.PostHogConfig;

/** Debug read from a settings field that copies a parameter the configuration file switches on. */
public class InjectedFlagClients {
  PostHogConfig switchedOn(InjectedFlagSettings settings) {
    return PostHogConfig.builder("phc_project")
        .personalApiKey(settings.getPersonalApiKey())
        .debug(settings.isSdkDebug()) // Noncompliant
        .build();
  }

  PostHogConfig leftOff(InjectedFlagSettings settings) {
    return PostHogConfig.builder("phc_project")
        .personalApiKey(settings.getPersonalApiKey())
        .debug(settings.isTrace())
        .build();
  }
}
