package com.brightleaf.freeflags.data;

import android.content.Context;
import android.content.SharedPreferences;
import android.util.Log;

import androidx.annotation.Nullable;
import androidx.security.crypto.EncryptedSharedPreferences;
import androidx.security.crypto.MasterKey;

import com.brightleaf.freeflags.util.Masking;

import java.io.IOException;
import java.security.GeneralSecurityException;

/** Keeps the backend session in EncryptedSharedPreferences. */
public final class SessionStore {

    private static final String TAG = "SessionStore";
    private static final String PREFS_NAME = "freeflags_session";

    static final String KEY_USER_ID = "user_id";
    static final String KEY_ACCESS_TOKEN = "access_token";
    static final String KEY_REFRESH_TOKEN = "refresh_token";
    static final String KEY_TOKEN_TYPE = "token_type";
    static final String KEY_EXPIRES_IN = "expires_in";

    private static volatile SessionStore instance;

    private final SharedPreferences prefs;

    private SessionStore(Context context) throws GeneralSecurityException, IOException {
        MasterKey masterKey = new MasterKey.Builder(context)
                .setKeyScheme(MasterKey.KeyScheme.AES256_GCM)
                .build();
        prefs = EncryptedSharedPreferences.create(
                context,
                PREFS_NAME,
                masterKey,
                EncryptedSharedPreferences.PrefKeyEncryptionScheme.AES256_SIV,
                EncryptedSharedPreferences.PrefValueEncryptionScheme.AES256_GCM);
    }

    public static SessionStore get(Context context) {
        if (instance == null) {
            synchronized (SessionStore.class) {
                if (instance == null) {
                    try {
                        instance = new SessionStore(context.getApplicationContext());
                    } catch (GeneralSecurityException | IOException e) {
                        throw new IllegalStateException("Cannot open encrypted session store", e);
                    }
                }
            }
        }
        return instance;
    }

    public void save(AuthSession session) {
        prefs.edit()
                .putString(KEY_USER_ID, session.getUserId())
                .putString(KEY_ACCESS_TOKEN, session.getAccessToken())
                .putString(KEY_REFRESH_TOKEN, session.getRefreshToken())
                .putString(KEY_TOKEN_TYPE, session.getTokenType().name())
                .putLong(KEY_EXPIRES_IN, session.getExpiresInSeconds())
                .apply();
        Log.d(TAG, "Saved session, token type " + session.getTokenType()
                + ", refresh token length=" + session.getRefreshToken().length());
    }

    @Nullable
    public AuthSession restore() {
        String access = prefs.getString(KEY_ACCESS_TOKEN, null);
        if (access == null) {
            return null;
        }
        AuthSession session = new AuthSession(
                prefs.getString(KEY_USER_ID, null),
                access,
                prefs.getString(KEY_REFRESH_TOKEN, null),
                AuthSession.TokenType.valueOf(prefs.getString(KEY_TOKEN_TYPE, "BEARER")),
                prefs.getLong(KEY_EXPIRES_IN, 0L));
        Log.i(TAG, "Restored session " + session);
        return session;
    }

    @Nullable
    public String accessToken() {
        return prefs.getString(KEY_ACCESS_TOKEN, null);
    }

    @Nullable
    public String refreshToken() {
        return prefs.getString(KEY_REFRESH_TOKEN, null);
    }

    public String accessTokenFingerprint() {
        String token = accessToken();
        return token == null ? "none" : Masking.sha256Hex(token);
    }

    public void clear() {
        prefs.edit().clear().apply();
    }
}
