package com.northwind.fieldops.auth;

import android.content.Context;
import android.content.SharedPreferences;

import androidx.annotation.Nullable;
import androidx.security.crypto.EncryptedSharedPreferences;
import androidx.security.crypto.MasterKey;

import java.io.IOException;
import java.security.GeneralSecurityException;

import timber.log.Timber;

/** FieldOps backend session, kept in EncryptedSharedPreferences. */
public class SessionStore {

    private static final String PREFS_NAME = "fieldops_session";
    private static final String KEY_SESSION_TOKEN = "session_token";
    private static final String KEY_REFRESH_TOKEN = "refresh_token";

    private final SharedPreferences prefs;

    public SessionStore(Context context) {
        try {
            MasterKey masterKey = new MasterKey.Builder(context)
                    .setKeyScheme(MasterKey.KeyScheme.AES256_GCM)
                    .build();
            prefs = EncryptedSharedPreferences.create(
                    context,
                    PREFS_NAME,
                    masterKey,
                    EncryptedSharedPreferences.PrefKeyEncryptionScheme.AES256_SIV,
                    EncryptedSharedPreferences.PrefValueEncryptionScheme.AES256_GCM);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot open the encrypted session store", e);
        }
    }

    @Nullable
    public String getSessionToken() {
        return prefs.getString(KEY_SESSION_TOKEN, null);
    }

    @Nullable
    public String getRefreshToken() {
        return prefs.getString(KEY_REFRESH_TOKEN, null);
    }

    public void save(String sessionToken, String refreshToken) {
        prefs.edit()
                .putString(KEY_SESSION_TOKEN, sessionToken)
                .putString(KEY_REFRESH_TOKEN, refreshToken)
                .apply();
        Timber.d("Session saved, refresh token present=%b", refreshToken != null);
    }

    public void clear() {
        prefs.edit().clear().apply();
    }
}
