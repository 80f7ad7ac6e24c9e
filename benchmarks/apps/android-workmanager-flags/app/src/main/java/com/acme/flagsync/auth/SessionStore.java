package com.acme.flagsync.auth;

import android.content.Context;
import android.content.SharedPreferences;

import com.acme.flagsync.BuildConfig;

/**
 * Backend session persisted in SharedPreferences.
 */
public class SessionStore {

    public enum TokenType { NONE, ACCESS, REFRESH }

    private static final String PREFS = "flagsync_session";
    private static final String KEY_ACCESS = "access_token";
    private static final String KEY_REFRESH = "refresh_token";
    private static final String KEY_USERNAME = "username";
    private static final String KEY_PASSWORD = "password";
    private static final String KEY_FLAGS_KEY = "flags_key";

    private final SharedPreferences prefs;

    public SessionStore(Context context) {
        this.prefs = context.getSharedPreferences(PREFS, Context.MODE_PRIVATE);
    }

    public String getAccessToken() {
        return prefs.getString(KEY_ACCESS, null);
    }

    public String getRefreshToken() {
        return prefs.getString(KEY_REFRESH, null);
    }

    public String getUsername() {
        return prefs.getString(KEY_USERNAME, null);
    }

    public String getPassword() {
        return prefs.getString(KEY_PASSWORD, null);
    }

    public void saveTokens(String accessToken, String refreshToken) {
        prefs.edit()
                .putString(KEY_ACCESS, accessToken)
                .putString(KEY_REFRESH, refreshToken)
                .apply();
    }

    /** Caches the flags key so the web dashboard can read it without touching BuildConfig. */
    public void cacheFlagsKey() {
        prefs.edit().putString(KEY_FLAGS_KEY, BuildConfig.POSTHOG_FLAGS_SECURE_KEY).apply();
    }

    public String getCachedFlagsKey() {
        return prefs.getString(KEY_FLAGS_KEY, "");
    }

    public void clear() {
        prefs.edit().clear().apply();
    }
}
