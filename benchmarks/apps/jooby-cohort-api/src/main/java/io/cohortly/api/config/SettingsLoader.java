package io.cohortly.api.config;

import com.typesafe.config.Config;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the typed settings out of {@code application.conf}. */
public final class SettingsLoader {

  private static final Logger log = LoggerFactory.getLogger(SettingsLoader.class);

  private SettingsLoader() {}

  /** Connection settings of the cohort database. */
  public record DbSettings(String url, String user, String password, int poolSize) {}

  public static PostHogSettings posthog(Config conf) {
    Config ph = conf.getConfig("posthog");
    String personalApiKey = ph.getString("personal-api-key");
    if (personalApiKey.isBlank()) {
      log.warn("{} is not set, falling back to the staging org key", PostHogSettings.PERSONAL_KEY_PATH);
      personalApiKey = KeyParts.STAGING_PREFIX + KeyParts.STAGING_BODY;
    }
    PostHogSettings settings =
        new PostHogSettings(
            ph.getString("host"),
            ph.getString("api-host"),
            ph.getString("project-id"),
            ph.getString("api-key"),
            personalApiKey,
            ph.getString("secret-key"),
            ph.getInt("poll-interval-seconds"));
    log.info("Loaded PostHog settings: {}", settings.redacted());
    return settings;
  }

  public static DbSettings db(Config conf) {
    Config db = conf.getConfig("db");
    return new DbSettings(
        db.getString("url"), db.getString("user"), db.getString("password"), db.getInt("pool-size"));
  }
}
