package switchedon;

import io.smallrye.config.ConfigMapping;

/** The same settings as a configuration mapping: its accessors read them by their names. */
@ConfigMapping(prefix = "posthog")
public interface MappedFlagSettings {
  String apiKey();

  String personalApiKey();

  boolean sdkDebug();

  boolean trace();

  boolean verbose();
}
