package io.flagdesk.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.logging.Logger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Per-user settings persisted with {@link Preferences} (registry on Windows, plist on macOS,
 * {@code ~/.java/.userPrefs} on Linux).
 */
public class SettingsStore {

    private static final Logger LOG = Logger.getLogger(SettingsStore.class.getName());

    private static final String PREF_PERSONAL_KEY = "posthogPersonalApiKey";
    private static final String PREF_PROXY_HOST = "proxyHost";
    private static final String PREF_PROXY_PORT = "proxyPort";
    private static final String PREF_PROXY_USER = "proxyUser";
    private static final String PREF_PROXY_PASSWORD = "proxyPassword";

    private final Preferences prefs;
    private final String profile;

    public SettingsStore(String profile) {
        this.prefs = Preferences.userNodeForPackage(SettingsStore.class).node(profile);
        this.profile = profile;
    }

    public String getPersonalApiKey() {
        return prefs.get(PREF_PERSONAL_KEY, BuildDefaults.FALLBACK_PERSONAL_KEY);
    }

    public void setPersonalApiKey(String personalApiKey) {
        prefs.put(PREF_PERSONAL_KEY, personalApiKey);
        flush();
        LOG.fine(String.format("Stored personal API key %s for profile %s", personalApiKey, profile));
    }

    public boolean hasPersonalApiKey() {
        return !prefs.get(PREF_PERSONAL_KEY, "").isBlank();
    }

    public void logKeySummary() {
        String key = getPersonalApiKey();
        LOG.info("Personal API key in use: " + mask(key) + " (" + key.length() + " chars)");
    }

    /** Short SHA-256 fingerprint, shown in Diagnostics so support can match keys without seeing them. */
    public String personalKeyFingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(getPersonalApiKey().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    public String getProxyHost() {
        return prefs.get(PREF_PROXY_HOST, "");
    }

    public int getProxyPort() {
        return prefs.getInt(PREF_PROXY_PORT, 3128);
    }

    public String getProxyUser() {
        return prefs.get(PREF_PROXY_USER, "");
    }

    public String getProxyPassword() {
        return prefs.get(PREF_PROXY_PASSWORD, "");
    }

    public void setProxy(String host, int port, String user, String password) {
        prefs.put(PREF_PROXY_HOST, host);
        prefs.putInt(PREF_PROXY_PORT, port);
        prefs.put(PREF_PROXY_USER, user);
        prefs.put(PREF_PROXY_PASSWORD, password);
        flush();
    }

    static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    private void flush() {
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            LOG.warning("Could not persist settings: " + e.getMessage());
        }
    }
}
