package com.northwind.flagdesk.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jface.preference.PreferenceStore;

/**
 * Reads and writes the operator's settings. User values are kept in a JFace {@link
 * PreferenceStore} persisted to {@code ~/.flagdesk/flagdesk.properties}; the bundled {@code
 * flagdesk-defaults.properties} supplies the defaults. Values of the form {@code ${NAME}} are
 * taken from the environment.
 */
public final class SettingsStore {

  private static final Logger LOG = Logger.getLogger(SettingsStore.class.getName());
  private static final Pattern ENV_REF = Pattern.compile("\\$\\{([A-Z0-9_]+)}");
  private static final String DEFAULTS_RESOURCE = "/flagdesk-defaults.properties";

  private final Path file;
  private final PreferenceStore store;

  public SettingsStore(Path file) {
    this.file = file;
    this.store = new PreferenceStore(file.toString());
  }

  public static SettingsStore forCurrentUser() {
    return new SettingsStore(
        Path.of(System.getProperty("user.home"), ".flagdesk", "flagdesk.properties"));
  }

  public FlagDeskSettings load() {
    applyBundledDefaults();
    if (Files.exists(file)) {
      try {
        store.load();
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Could not read " + file + ", using defaults", e);
      }
    }

    String personalKey = resolve(store.getString(PreferenceKeys.PERSONAL_API_KEY));
    if (personalKey == null || personalKey.isBlank()) {
      LOG.warning(
          "No value for "
              + PreferenceKeys.PERSONAL_API_KEY
              + " in "
              + file
              + "; flag editing is disabled until one is set");
    }

    return new FlagDeskSettings(
        store.getString(PreferenceKeys.HOST),
        store.getLong(PreferenceKeys.PROJECT_ID),
        resolve(store.getString(PreferenceKeys.PROJECT_API_KEY)),
        personalKey,
        resolve(store.getString(PreferenceKeys.FLAGS_SECURE_API_KEY)),
        store.getInt(PreferenceKeys.POLL_INTERVAL),
        store.getString(PreferenceKeys.PROXY_HOST),
        store.getString(PreferenceKeys.PROXY_USER));
  }

  /** Saves what the Preferences dialog collected. Blank values fall back to the defaults. */
  public void save(String personalApiKey, String proxyHost, String proxyUser, String proxyPassword) {
    store.setValue(PreferenceKeys.PERSONAL_API_KEY, personalApiKey);
    store.setValue(PreferenceKeys.PROXY_HOST, proxyHost);
    store.setValue(PreferenceKeys.PROXY_USER, proxyUser);
    store.setValue(PreferenceKeys.PROXY_PASSWORD, proxyPassword);
    try {
      Files.createDirectories(file.getParent());
      store.save();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + file, e);
    }
  }

  public String proxyPassword() {
    return store.getString(PreferenceKeys.PROXY_PASSWORD);
  }

  private void applyBundledDefaults() {
    Properties bundled = new Properties();
    try (InputStream in = SettingsStore.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(DEFAULTS_RESOURCE + " missing from the jar");
      }
      bundled.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    LOG.config("Bundled defaults: " + bundled);
    bundled.stringPropertyNames().forEach(name -> store.setDefault(name, bundled.getProperty(name)));
    store.setDefault(PreferenceKeys.HOST, PostHogKeys.DEFAULT_HOST);
    store.setDefault(PreferenceKeys.PROJECT_API_KEY, PostHogKeys.PROJECT_API_KEY);
  }

  private static String resolve(String raw) {
    if (raw == null) {
      return null;
    }
    Matcher m = ENV_REF.matcher(raw.trim());
    return m.matches() ? System.getenv(m.group(1)) : raw;
  }
}
