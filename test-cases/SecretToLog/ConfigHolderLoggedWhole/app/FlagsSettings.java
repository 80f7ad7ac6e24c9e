package app;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** A holder whose secret is injected by MicroProfile Config, with a toString() that leaves it out. */
public class FlagsSettings {
  @ConfigProperty(name = "posthog.personal-api-key")
  String personalApiKey;

  @ConfigProperty(name = "posthog.host")
  String host;

  @Override
  public String toString() {
    return "FlagsSettings[host=" + host + "]";
  }
}
