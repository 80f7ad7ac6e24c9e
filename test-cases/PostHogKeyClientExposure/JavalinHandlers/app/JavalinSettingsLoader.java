package app;

import com.typesafe.config.Config;

/** Reads application.conf (HOCON) through Typesafe Config. */
public final class JavalinSettingsLoader {
  private JavalinSettingsLoader() {}

  public static JavalinSettings load(Config config) {
    return new JavalinSettings(
        config.getString("app.env"),
        config.getInt("http.port"),
        config.getString("db.password"),
        config.getString("posthog.project-api-key"),
        config.hasPath("posthog.personal-api-key") ? config.getString("posthog.personal-api-key") : null);
  }
}
