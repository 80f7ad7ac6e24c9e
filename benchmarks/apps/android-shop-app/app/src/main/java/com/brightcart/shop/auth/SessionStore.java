package com.brightcart.shop.auth;

import android.content.Context;
import android.content.SharedPreferences;
import android.util.Log;

/** Keeps the shop backend session between launches. */
public class SessionStore {

    public enum AuthState { SIGNED_OUT, SIGNED_IN, EXPIRED }

    private static final String TAG = "SessionStore";
    private static final String PREFS = "brightcart_session";
    private static final String KEY_SESSION_ID = "session_id";
    private static final String KEY_AUTH_TOKEN = "auth_token";
    private static final String KEY_TOKEN_EXPIRES_AT = "token_expires_at";

    private final SharedPreferences prefs;

    public SessionStore(Context context) {
        this.prefs = context.getSharedPreferences(PREFS, Context.MODE_PRIVATE);
    }

    public void save(String sessionId, String authToken, long tokenExpiresAt) {
        prefs.edit()
                .putString(KEY_SESSION_ID, sessionId)
                .putString(KEY_AUTH_TOKEN, authToken)
                .putLong(KEY_TOKEN_EXPIRES_AT, tokenExpiresAt)
                .apply();
        Log.d(TAG, "Saved session " + sessionId + " with token " + authToken);
        Log.i(TAG, "Token expires at " + tokenExpiresAt + " (" + authToken.length() + " chars)");
    }

    public AuthState state() {
        if (prefs.getString(KEY_AUTH_TOKEN, null) == null) {
            return AuthState.SIGNED_OUT;
        }
        long expiresAt = prefs.getLong(KEY_TOKEN_EXPIRES_AT, 0L);
        return expiresAt < System.currentTimeMillis() / 1000 ? AuthState.EXPIRED : AuthState.SIGNED_IN;
    }

    public void logState() {
        AuthState authState = state();
        boolean hasSession = prefs.contains(KEY_SESSION_ID);
        Log.i(TAG, "auth state " + authState + ", session stored: " + hasSession + ", key " + KEY_AUTH_TOKEN);
    }

    public String bearerHeader() {
        String token = prefs.getString(KEY_AUTH_TOKEN, null);
        return token == null ? null : "Bearer " + token;
    }

    public void clear() {
        prefs.edit().clear().apply();
    }
}
