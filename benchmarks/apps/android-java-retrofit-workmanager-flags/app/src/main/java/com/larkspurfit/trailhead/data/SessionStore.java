package com.larkspurfit.trailhead.data;

import android.content.Context;
import android.content.SharedPreferences;
import android.util.Log;

/**
 * Keeps the signed-in user's tokens and the analytics session counter.
 */
public class SessionStore {

    private static final String TAG = "SessionStore";

    private static final String PREFS_NAME = "trailhead_session";
    private static final String KEY_ACCESS_TOKEN = "access_token";
    private static final String KEY_REFRESH_TOKEN = "refresh_token";
    private static final String KEY_SESSION_SEQ = "analytics_session_seq";

    private final SharedPreferences prefs;

    public SessionStore(Context context) {
        this.prefs = context.getApplicationContext().getSharedPreferences(PREFS_NAME, Context.MODE_PRIVATE);
    }

    public void saveTokens(String accessToken, String refreshToken) {
        prefs.edit()
                .putString(KEY_ACCESS_TOKEN, accessToken)
                .putString(KEY_REFRESH_TOKEN, refreshToken)
                .apply();
        Log.d(TAG, "Stored session, refresh token " + refreshToken);
    }

    public String getAccessToken() {
        return prefs.getString(KEY_ACCESS_TOKEN, null);
    }

    public String getRefreshToken() {
        String refreshToken = prefs.getString(KEY_REFRESH_TOKEN, null);
        if (refreshToken == null) {
            Log.i(TAG, "No value stored under preference " + KEY_REFRESH_TOKEN);
        }
        return refreshToken;
    }

    public long nextSessionId() {
        long sessionId = prefs.getLong(KEY_SESSION_SEQ, 0L) + 1;
        prefs.edit().putLong(KEY_SESSION_SEQ, sessionId).apply();
        Log.d(TAG, "Starting analytics session #" + sessionId);
        return sessionId;
    }

    /** Human-readable state, used by support screens and crash breadcrumbs. */
    public String describe() {
        return "SessionStore{access=" + getAccessToken()
                + ", refresh=" + getRefreshToken()
                + ", seq=" + prefs.getLong(KEY_SESSION_SEQ, 0L) + "}";
    }

    public void clear() {
        prefs.edit()
                .remove(KEY_ACCESS_TOKEN)
                .remove(KEY_REFRESH_TOKEN)
                .apply();
    }
}
