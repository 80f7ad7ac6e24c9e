package com.brightkettle.pantry.auth;

import android.content.Context;
import android.content.SharedPreferences;
import android.util.Log;

import androidx.annotation.Nullable;
import androidx.security.crypto.EncryptedSharedPreferences;
import androidx.security.crypto.MasterKey;

import com.brightkettle.pantry.config.AppConfig;

import java.io.IOException;
import java.security.GeneralSecurityException;

/** Keeps the user's session in EncryptedSharedPreferences (Keystore-backed). */
public final class SessionStore {

    private static final String TAG = "SessionStore";
    private static final String FILE_NAME = "secure_session";

    private static volatile SessionStore instance;

    private final SharedPreferences securePrefs;

    private SessionStore(Context context) {
        try {
            MasterKey masterKey = new MasterKey.Builder(context)
                    .setKeyScheme(MasterKey.KeyScheme.AES256_GCM)
                    .build();
            securePrefs = EncryptedSharedPreferences.create(
                    context,
                    FILE_NAME,
                    masterKey,
                    EncryptedSharedPreferences.PrefKeyEncryptionScheme.AES256_SIV,
                    EncryptedSharedPreferences.PrefValueEncryptionScheme.AES256_GCM);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Unable to open encrypted session store", e);
        }
    }

    public static SessionStore get(Context context) {
        if (instance == null) {
            synchronized (SessionStore.class) {
                if (instance == null) {
                    instance = new SessionStore(context.getApplicationContext());
                }
            }
        }
        return instance;
    }

    public void save(AuthRepository.Session session) {
        securePrefs.edit()
                .putString(AppConfig.PREF_ACCESS_TOKEN, session.accessToken)
                .putString(AppConfig.PREF_REFRESH_TOKEN, session.refreshToken)
                .putLong(AppConfig.PREF_EXPIRES_AT, System.currentTimeMillis() + session.expiresIn * 1000L)
                .apply();
        Log.i(TAG, "Persisted " + session);
    }

    @Nullable
    public String accessToken() {
        return securePrefs.getString(AppConfig.PREF_ACCESS_TOKEN, null);
    }

    @Nullable
    public String refreshToken() {
        return securePrefs.getString(AppConfig.PREF_REFRESH_TOKEN, null);
    }

    public boolean isExpired() {
        return System.currentTimeMillis() >= securePrefs.getLong(AppConfig.PREF_EXPIRES_AT, 0L);
    }

    public void markExpired() {
        securePrefs.edit().putLong(AppConfig.PREF_EXPIRES_AT, 0L).apply();
    }

    public void clear() {
        securePrefs.edit().clear().apply();
        Log.i(TAG, "Session cleared");
    }
}
