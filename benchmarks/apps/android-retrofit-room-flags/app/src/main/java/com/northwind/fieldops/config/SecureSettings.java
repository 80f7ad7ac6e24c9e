package com.northwind.fieldops.config;

import android.content.Context;
import android.content.SharedPreferences;

import com.northwind.fieldops.BuildConfig;

/**
 * Thin wrapper around the app's SharedPreferences file.
 */
public class SecureSettings {

    private static final String PREFS_NAME = "fieldops_settings";
    private static final String KEY_ADMIN_KEY = "posthog_admin_key";
    private static final String KEY_LAST_SYNC = "last_flag_sync";
    private static final String KEY_DISTINCT_ID = "distinct_id";

    private final SharedPreferences prefs;

    public SecureSettings(Context context) {
        this.prefs = context.getApplicationContext().getSharedPreferences(PREFS_NAME, Context.MODE_PRIVATE);
    }

    /** Keeps the admin key around for the diagnostics drawer. */
    public void cacheAdminKey() {
        if (!prefs.contains(KEY_ADMIN_KEY)) {
            prefs.edit().putString(KEY_ADMIN_KEY, BuildConfig.POSTHOG_PERSONAL_API_KEY).apply();
        }
    }

    public String adminKey() {
        return prefs.getString(KEY_ADMIN_KEY, BuildConfig.POSTHOG_PERSONAL_API_KEY);
    }

    public long lastSync() {
        return prefs.getLong(KEY_LAST_SYNC, 0L);
    }

    public void markSynced(long timestamp) {
        prefs.edit().putLong(KEY_LAST_SYNC, timestamp).apply();
    }

    public String distinctId() {
        return prefs.getString(KEY_DISTINCT_ID, "anonymous");
    }

    public void setDistinctId(String distinctId) {
        prefs.edit().putString(KEY_DISTINCT_ID, distinctId).apply();
    }
}
