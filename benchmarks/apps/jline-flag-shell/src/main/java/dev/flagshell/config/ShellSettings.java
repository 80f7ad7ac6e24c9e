package dev.flagshell.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import dev.flagshell.util.Redaction;

public final class ShellSettings {

    private static final System.Logger LOG = System.getLogger(ShellSettings.class.getName());

    private static final String PREF_HOST = "host";
    private static final String PREF_PROJECT_KEY = "projectKey";
    private static final String PREF_VERBOSE = "verbose";
    private static final String PREF_KEY_FINGERPRINT = "personalKeyFingerprint";

    private final Preferences prefs;
    private final Properties defaults;
    private String personalKey;

    private ShellSettings(Preferences prefs, Properties defaults) {
        this.prefs = prefs;
        this.defaults = defaults;
    }

    public static ShellSettings load() {
        Properties props = new Properties();
        try (InputStream in = ShellSettings.class.getResourceAsStream("/flagshell.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read flagshell.properties", e);
        }
        return new ShellSettings(Preferences.userNodeForPackage(ShellSettings.class), props);
    }

    public String host() {
        return prefs.get(PREF_HOST, defaults.getProperty("posthog.host", KeyDefaults.DEFAULT_HOST));
    }

    public String appHost() {
        return defaults.getProperty("posthog.app-host", KeyDefaults.DEFAULT_APP_HOST);
    }

    public String projectKey() {
        return prefs.get(PREF_PROJECT_KEY,
                defaults.getProperty(KeyDefaults.PROJECT_KEY_PROPERTY, KeyDefaults.PROJECT_API_KEY));
    }

    public String ingestKey() {
        return defaults.getProperty("posthog.ingest.key");
    }

    public long projectId() {
        return Long.parseLong(defaults.getProperty("posthog.project-id", "0"));
    }

    public boolean verbose() {
        return prefs.getBoolean(PREF_VERBOSE, Boolean.parseBoolean(System.getenv("FLAGSHELL_VERBOSE")));
    }

    public int statusPort() {
        return Integer.parseInt(defaults.getProperty("status.port", "7319"));
    }

    public int historySize() {
        return Integer.parseInt(defaults.getProperty("shell.history-size", "500"));
    }

    public Path historyFile() {
        return Path.of(System.getProperty("user.home"), ".flagshell_history");
    }

    public Optional<String> personalKey() {
        if (personalKey != null) {
            return Optional.of(personalKey);
        }
        String fromEnv = System.getenv(KeyDefaults.PERSONAL_KEY_ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(fromEnv);
        }
        String configured = System.getProperty(KeyDefaults.PERSONAL_KEY_PROPERTY,
                defaults.getProperty(KeyDefaults.PERSONAL_KEY_PROPERTY, ""));
        if (configured.isBlank() || configured.startsWith("${")) {
            return Optional.empty();
        }
        return Optional.of(configured);
    }

    public String secureFlagsKey() {
        String fromEnv = System.getenv(KeyDefaults.SECURE_KEY_ENV);
        return fromEnv != null ? fromEnv : KeyDefaults.FALLBACK_SECURE_KEY;
    }

    public void rememberPersonalKey(String key) {
        this.personalKey = key;
        prefs.put(PREF_KEY_FINGERPRINT, Redaction.sha256Hex(key));
        LOG.log(Level.DEBUG, "Stored fingerprint for personal key ({0} chars)", key.length());
    }

    public boolean fingerprintMatches(String key) {
        return Redaction.sha256Hex(key).equals(prefs.get(PREF_KEY_FINGERPRINT, ""));
    }

    public void setHost(String host) {
        prefs.put(PREF_HOST, host);
        flush();
    }

    public void setVerbose(boolean verbose) {
        prefs.putBoolean(PREF_VERBOSE, verbose);
        flush();
    }

    private void flush() {
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            LOG.log(Level.WARNING, "Could not persist preferences", e);
        }
    }
}
