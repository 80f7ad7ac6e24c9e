package lookup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A job that reads its settings through a helper of another file, or of its own. */
public class SyncJob {
  private static final Logger log = LoggerFactory.getLogger(SyncJob.class);

  void start() {
    log.info("personal key {}", Env.require("POSTHOG_PERSONAL_API_KEY")); // Noncompliant
    log.info("secure key {}", Env.optional("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY").orElse("")); // Noncompliant
    log.info("by constant {}", Env.require(SettingNames.PERSONAL_KEY)); // Noncompliant
    String key = setting("POSTHOG_PERSONAL_API_KEY", "");
    log.debug("key {}", key); // Noncompliant
    log.info("host {}", Env.require("POSTHOG_HOST"));
    log.info("host {}", Env.require(SettingNames.HOST));
    log.info("project key {}", setting("POSTHOG_PROJECT_API_KEY", ""));
    log.info("personal key set: {}", Env.isSet("POSTHOG_PERSONAL_API_KEY"));
    log.info("personal key length {}", setting("POSTHOG_PERSONAL_API_KEY", "").length());
  }

  void withSettings(AppSettings settings) {
    log.info("key {}", settings.get("posthog.personal-api-key")); // Noncompliant
    log.info("key {}", settings.require("posthog.personal-api-key")); // Noncompliant
    log.info("host {}", settings.require("posthog.host"));
  }

  private static String setting(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
