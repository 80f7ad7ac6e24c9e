package gg.emberforge.flagsync.config;

import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bukkit.configuration.file.FileConfiguration;

/** Reads config.yml through Bukkit's {@link FileConfiguration} and expands ${ENV} references. */
public final class SettingsLoader {

  public static final String PERSONAL_KEY_PATH = "posthog.personal-api-key";
  public static final String SECURE_KEY_PATH = "posthog.feature-flags-secure-key";

  private static final Pattern ENV_REF = Pattern.compile("\\$\\{([A-Z0-9_]+)}");

  private final FileConfiguration config;
  private final Logger logger;

  public SettingsLoader(FileConfiguration config, Logger logger) {
    this.config = config;
    this.logger = logger;
  }

  public PostHogSettings loadPostHog() {
    String personalKey = expand(config.getString(PERSONAL_KEY_PATH));
    if (personalKey == null || personalKey.isBlank()) {
      logger.warning("No value at '" + PERSONAL_KEY_PATH + "' in config.yml, using the staging key");
      personalKey = KeyParts.PREFIX + KeyParts.BODY;
    }
    return new PostHogSettings(
        config.getString("posthog.host", "https://eu.i.posthog.com"),
        config.getString("posthog.project-api-key"),
        config.getLong("posthog.project-id"),
        personalKey,
        expand(config.getString(SECURE_KEY_PATH)),
        config.getInt("posthog.poll-interval-seconds", 30),
        config.getStringList("flags.watched"));
  }

  public PanelConfig loadPanel() {
    return new PanelConfig(
        config.getBoolean("admin-panel.enabled", true),
        config.getInt("admin-panel.port", 8765),
        config.getString("admin-panel.username", "admin"),
        expandOr(config.getString("admin-panel.password"), PanelConfig.DEFAULT_PASSWORD));
  }

  /** A config dump for support tickets, with every PostHog secret replaced. */
  public String redactedDump() {
    return config.saveToString().replaceAll("(ph[xsar]_)[A-Za-z0-9]+", "$1<redacted>");
  }

  private static String expandOr(String raw, String fallback) {
    String value = expand(raw);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static String expand(String raw) {
    if (raw == null) {
      return null;
    }
    Matcher m = ENV_REF.matcher(raw);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String env = System.getenv(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(env == null ? "" : env));
    }
    m.appendTail(out);
    return out.toString();
  }
}
