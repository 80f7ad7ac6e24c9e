package com.northwind.shiftboard.auth;

import android.content.SharedPreferences;
import android.util.Log;

import androidx.annotation.Nullable;

import javax.inject.Inject;
import javax.inject.Singleton;

@Singleton
public class SessionStore {

    private static final String TAG = "SessionStore";

    private static final String KEY_USER_ID = "user_id";
    private static final String KEY_ACCESS_TOKEN = "access_token";
    private static final String KEY_REFRESH_TOKEN = "refresh_token";
    private static final String KEY_TOKEN_TYPE = "token_type";
    private static final String KEY_EXPIRES_AT = "expires_at";

    private final SharedPreferences prefs;

    @Inject
    public SessionStore(SharedPreferences prefs) {
        this.prefs = prefs;
    }

    @Nullable
    public Session load() {
        String accessToken = prefs.getString(KEY_ACCESS_TOKEN, null);
        if (accessToken == null) {
            return null;
        }
        Session session = new Session(
                prefs.getString(KEY_USER_ID, ""),
                accessToken,
                prefs.getString(KEY_REFRESH_TOKEN, null),
                prefs.getString(KEY_TOKEN_TYPE, "Bearer"),
                prefs.getLong(KEY_EXPIRES_AT, 0L));
        Log.i(TAG, "Session restored: " + session);
        return session;
    }

    public void save(Session session) {
        prefs.edit()
                .putString(KEY_USER_ID, session.getUserId())
                .putString(KEY_ACCESS_TOKEN, session.getAccessToken())
                .putString(KEY_REFRESH_TOKEN, session.getRefreshToken())
                .putString(KEY_TOKEN_TYPE, session.getTokenType())
                .putLong(KEY_EXPIRES_AT, session.getExpiresAtMillis())
                .apply();
        Log.d(TAG, "Stored " + session.getTokenType() + " session, expires at " + session.getExpiresAtMillis());
    }

    @Nullable
    public String getAccessToken() {
        return prefs.getString(KEY_ACCESS_TOKEN, null);
    }

    @Nullable
    public String getRefreshToken() {
        return prefs.getString(KEY_REFRESH_TOKEN, null);
    }

    public boolean needsRefresh() {
        return prefs.getLong(KEY_EXPIRES_AT, 0L) <= System.currentTimeMillis();
    }

    /** Forces the next backend call to go through the refresh flow. */
    public void markForRefresh() {
        String refreshToken = getRefreshToken();
        Log.d(TAG, "Access token expired; refreshing with " + refreshToken);
        prefs.edit().putLong(KEY_EXPIRES_AT, 0L).apply();
    }

    public void clear() {
        prefs.edit().clear().apply();
    }
}
