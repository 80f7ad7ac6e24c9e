package com.trailnote.app.data;

import android.content.Context;
import android.content.SharedPreferences;

public class SessionStore {

    public static final String PREFS = "trailnote_session";
    public static final String KEY_SESSION_TOKEN = "session_token";
    public static final String KEY_REFRESH_TOKEN = "refresh_token";
    public static final String KEY_USER = "user_email";
    public static final String KEY_TOKEN_EXPIRY = "token_expiry";

    private final SharedPreferences prefs;

    public SessionStore(Context context) {
        this.prefs = context.getSharedPreferences(PREFS, Context.MODE_PRIVATE);
    }

    public void save(String user, String sessionToken, String refreshToken, long expiresAtMillis) {
        prefs.edit()
                .putString(KEY_USER, user)
                .putString(KEY_SESSION_TOKEN, sessionToken)
                .putString(KEY_REFRESH_TOKEN, refreshToken)
                .putLong(KEY_TOKEN_EXPIRY, expiresAtMillis)
                .apply();
    }

    public String sessionToken() {
        return prefs.getString(KEY_SESSION_TOKEN, null);
    }

    public String refreshToken() {
        return prefs.getString(KEY_REFRESH_TOKEN, null);
    }

    public String user() {
        return prefs.getString(KEY_USER, null);
    }

    public long tokenExpiry() {
        return prefs.getLong(KEY_TOKEN_EXPIRY, 0L);
    }

    public boolean isLoggedIn() {
        return sessionToken() != null && System.currentTimeMillis() < tokenExpiry();
    }

    @Override
    public String toString() {
        return "SessionStore{user=" + user() + ", session=" + sessionToken() + ", expiry=" + tokenExpiry() + "}";
    }
}
