package app;

import com.typesafe.config.Config;

/** Reads the posthog block of application.conf: getString("secret-key") reads posthog.secret-key. */
public final class FlagKeySettingsLoader {
  private FlagKeySettingsLoader() {}

  public static FlagKeySettings load(Config config) {
    Config posthog = config.getConfig("posthog");
    return new FlagKeySettings(posthog.getString("host"), posthog.getString("secret-key"));
  }
}
