package com.fieldcrew.flags.auth;

import android.content.Context;
import android.content.SharedPreferences;
import android.util.Log;

import androidx.annotation.Nullable;

import com.fieldcrew.flags.config.AdminCredentials;
import com.fieldcrew.flags.util.Redactor;

/**
 * Holds the staff member's PostHog OAuth session and the app's own backend session.
 */
public class SessionStore {

    private static final String TAG = "SessionStore";
    private static final String PREFS = "fieldcrew_session";
    private static final String KEY_SESSION_ID = "session_id";
    private static final String KEY_CACHED_PERSONAL_KEY = "posthog_admin_key";

    private static volatile SessionStore instance;

    private final SharedPreferences prefs;
    private volatile String accessToken;
    private volatile String refreshToken;
    private volatile long expiresAtMillis;

    private SessionStore(Context context) {
        this.prefs = context.getApplicationContext().getSharedPreferences(PREFS, Context.MODE_PRIVATE);
    }

    public static SessionStore get(Context context) {
        if (instance == null) {
            synchronized (SessionStore.class) {
                if (instance == null) {
                    instance = new SessionStore(context);
                }
            }
        }
        return instance;
    }

    public void restore() {
        String sessionId = prefs.getString(KEY_SESSION_ID, null);
        if (sessionId != null) {
            Log.i(TAG, "restored session " + sessionId);
            Log.d(TAG, "session fingerprint " + Redactor.sha256Hex(sessionId));
        }
    }

    public void onTokens(String accessToken, String refreshToken, long expiresInSeconds) {
        this.accessToken = accessToken;
        this.refreshToken = refreshToken;
        this.expiresAtMillis = System.currentTimeMillis() + expiresInSeconds * 1000L;
        Log.d(TAG, "has access token: " + (accessToken != null) + ", expires in " + expiresInSeconds + "s");
        Log.d(TAG, "saving refresh token " + refreshToken);
    }

    public void cacheAdminCredentials(AdminCredentials credentials) {
        prefs.edit()
                .putString(KEY_CACHED_PERSONAL_KEY, credentials.getPersonalApiKey())
                .apply();
    }

    public void saveSessionId(String sessionId) {
        prefs.edit().putString(KEY_SESSION_ID, sessionId).apply();
    }

    @Nullable
    public String accessToken() {
        return accessToken;
    }

    @Nullable
    public String refreshToken() {
        return refreshToken;
    }

    public boolean isExpired() {
        return System.currentTimeMillis() >= expiresAtMillis;
    }
}
