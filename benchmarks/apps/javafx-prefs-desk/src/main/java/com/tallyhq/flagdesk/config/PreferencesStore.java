package com.tallyhq.flagdesk.config;

import com.tallyhq.flagdesk.util.KeyMasker;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per-user settings in java.util.prefs (registry on Windows, plist on macOS, ~/.java on Linux),
 * falling back to the defaults bundled in the jar.
 */
public class PreferencesStore {

    private static final Logger log = LoggerFactory.getLogger(PreferencesStore.class);

    private final Preferences prefs;
    private final Properties bundled;

    public PreferencesStore() {
        this(Preferences.userRoot().node(BuildDefaults.PREF_NODE), loadBundled());
    }

    PreferencesStore(Preferences prefs, Properties bundled) {
        this.prefs = prefs;
        this.bundled = bundled;
    }

    private static Properties loadBundled() {
        Properties p = new Properties();
        try (InputStream in = PreferencesStore.class.getResourceAsStream("/flagdesk-defaults.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled defaults", e);
        }
        return p;
    }

    public String host() {
        return prefs.get(BuildDefaults.PREF_HOST, bundled.getProperty("posthog.host", BuildDefaults.DEFAULT_HOST));
    }

    public long projectId() {
        return prefs.getLong(BuildDefaults.PREF_PROJECT_ID, BuildDefaults.DEFAULT_PROJECT_ID);
    }

    public String projectApiKey() {
        return prefs.get(BuildDefaults.PREF_PROJECT_KEY, bundled.getProperty("posthog.api.key"));
    }

    public String personalApiKey() {
        String fromEnv = System.getenv("POSTHOG_PERSONAL_API_KEY");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        return prefs.get(BuildDefaults.PREF_PERSONAL_KEY, BuildDefaults.SANDBOX_KEY_PREFIX + BuildDefaults.SANDBOX_KEY_BODY);
    }

    public String featureFlagsSecureKey() {
        return prefs.get(BuildDefaults.PREF_SECURE_KEY, bundled.getProperty("posthog.feature-flags-secure-api-key"));
    }

    public String previewUrl() {
        return prefs.get(BuildDefaults.PREF_PREVIEW_URL, bundled.getProperty("preview.url"));
    }

    public boolean verboseSdk() {
        return prefs.getBoolean(BuildDefaults.PREF_VERBOSE_SDK, false);
    }

    public DeskSettings snapshot() {
        return new DeskSettings(
                host(),
                projectId(),
                projectApiKey(),
                personalApiKey(),
                featureFlagsSecureKey(),
                previewUrl(),
                prefs.get(BuildDefaults.PREF_PROXY_HOST, ""),
                prefs.getInt(BuildDefaults.PREF_PROXY_PORT, 3128),
                prefs.get(BuildDefaults.PREF_PROXY_USER, ""),
                prefs.get(BuildDefaults.PREF_PROXY_PASSWORD, ""),
                verboseSdk());
    }

    public void save(DeskSettings s) {
        prefs.put(BuildDefaults.PREF_HOST, s.host());
        prefs.putLong(BuildDefaults.PREF_PROJECT_ID, s.projectId());
        prefs.put(BuildDefaults.PREF_PROJECT_KEY, s.projectApiKey());
        prefs.put(BuildDefaults.PREF_PERSONAL_KEY, s.personalApiKey());
        prefs.put(BuildDefaults.PREF_SECURE_KEY, s.featureFlagsSecureKey());
        prefs.put(BuildDefaults.PREF_PREVIEW_URL, s.previewUrl());
        prefs.put(BuildDefaults.PREF_PROXY_HOST, s.proxyHost());
        prefs.putInt(BuildDefaults.PREF_PROXY_PORT, s.proxyPort());
        prefs.put(BuildDefaults.PREF_PROXY_USER, s.proxyUser());
        prefs.put(BuildDefaults.PREF_PROXY_PASSWORD, s.proxyPassword());
        prefs.putBoolean(BuildDefaults.PREF_VERBOSE_SDK, s.verboseSdk());
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            throw new IllegalStateException("Could not persist settings", e);
        }
        log.info("Stored personal API key {} for project {}", KeyMasker.mask(s.personalApiKey()), s.projectId());
    }
}
