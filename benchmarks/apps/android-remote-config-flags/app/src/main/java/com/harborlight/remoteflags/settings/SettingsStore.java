package com.harborlight.remoteflags.settings;

import android.content.Context;
import android.content.SharedPreferences;

import androidx.annotation.NonNull;

public class SettingsStore {

    private static final String PREFS_NAME = "flag_settings";

    static final String PREF_PROJECT_KEY = "posthog_project_key";
    static final String PREF_PERSONAL_API_KEY = "posthog.personal-api-key";
    static final String PREF_LOCAL_EVALUATION = "local_evaluation";
    static final String PREF_PROXY_USER = "proxy_user";
    static final String PREF_TOKEN_REFRESH_MINUTES = "token_refresh_minutes";

    private final SharedPreferences prefs;

    public SettingsStore(@NonNull Context context) {
        this.prefs = context.getSharedPreferences(PREFS_NAME, Context.MODE_PRIVATE);
    }

    public void saveKeys(String projectKey, String personalApiKey) {
        SharedPreferences.Editor editor = prefs.edit();
        editor.putString(PREF_PROJECT_KEY, projectKey);
        editor.putString(PREF_PERSONAL_API_KEY, personalApiKey);
        editor.apply();
    }

    public String projectKey() {
        return prefs.getString(PREF_PROJECT_KEY, "");
    }

    public boolean localEvaluation() {
        return prefs.getBoolean(PREF_LOCAL_EVALUATION, false);
    }

    public void setLocalEvaluation(boolean enabled) {
        prefs.edit().putBoolean(PREF_LOCAL_EVALUATION, enabled).apply();
    }

    public void saveProxyUser(String user) {
        prefs.edit().putString(PREF_PROXY_USER, user).apply();
    }

    public int tokenRefreshMinutes() {
        return prefs.getInt(PREF_TOKEN_REFRESH_MINUTES, 30);
    }

    public String dumpAll() {
        return prefs.getAll().toString();
    }
}
