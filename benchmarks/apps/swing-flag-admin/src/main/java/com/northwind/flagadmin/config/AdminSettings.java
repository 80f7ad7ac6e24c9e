package com.northwind.flagadmin.config;

import com.northwind.flagadmin.util.KeyMasker;

import java.util.logging.Logger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * User settings persisted with java.util.prefs (registry on Windows, plist on macOS,
 * ~/.java/.userPrefs on Linux).
 */
public class AdminSettings {

    private static final Logger LOG = Logger.getLogger(AdminSettings.class.getName());

    private static final String K_HOST = "host";
    private static final String K_PROJECT_ID = "projectId";
    private static final String K_PROJECT_KEY = "projectApiKey";
    private static final String K_PERSONAL_KEY = "personalApiKey";
    private static final String K_PROXY_HOST = "proxyHost";
    private static final String K_PROXY_USER = "proxyUser";
    private static final String K_PROXY_PASSWORD = "proxyPassword";
    private static final String K_AUTH_MODE = "authMode";

    public enum AuthMode { PERSONAL_API_KEY, OAUTH }

    private final Preferences prefs;

    public AdminSettings() {
        this(Preferences.userNodeForPackage(AdminSettings.class));
    }

    AdminSettings(Preferences prefs) {
        this.prefs = prefs;
    }

    public String host() {
        return prefs.get(K_HOST, EnvDefaults.host());
    }

    public long projectId() {
        return prefs.getLong(K_PROJECT_ID, 0L);
    }

    public String projectApiKey() {
        return prefs.get(K_PROJECT_KEY, EnvDefaults.projectApiKey());
    }

    public String personalApiKey() {
        return prefs.get(K_PERSONAL_KEY, EnvDefaults.personalApiKey());
    }

    public String proxyHost() {
        return prefs.get(K_PROXY_HOST, "");
    }

    public String proxyUser() {
        return prefs.get(K_PROXY_USER, "");
    }

    public String proxyPassword() {
        return prefs.get(K_PROXY_PASSWORD, "");
    }

    public AuthMode authMode() {
        return AuthMode.valueOf(prefs.get(K_AUTH_MODE, AuthMode.PERSONAL_API_KEY.name()));
    }

    public void save(String host, long projectId, String projectApiKey, String personalApiKey) {
        prefs.put(K_HOST, host);
        prefs.putLong(K_PROJECT_ID, projectId);
        prefs.put(K_PROJECT_KEY, projectApiKey);
        prefs.put(K_PERSONAL_KEY, personalApiKey);
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            LOG.warning("Could not flush preferences: " + e.getMessage());
        }
        LOG.info("Saved settings for project " + projectId + ", personal key " + KeyMasker.mask(personalApiKey));
    }

    public void saveProxy(String host, String user, String password) {
        prefs.put(K_PROXY_HOST, host);
        prefs.put(K_PROXY_USER, user);
        prefs.put(K_PROXY_PASSWORD, password);
    }
}
