package com.acme.flags.data;

import android.content.Context;
import android.content.SharedPreferences;
import android.util.Log;

import androidx.security.crypto.EncryptedSharedPreferences;
import androidx.security.crypto.MasterKey;

import com.acme.flags.model.UserSession;

import java.io.IOException;
import java.security.GeneralSecurityException;

import javax.inject.Inject;
import javax.inject.Singleton;

import dagger.hilt.android.qualifiers.ApplicationContext;

@Singleton
public class SecurePrefs {

    private static final String TAG = "SecurePrefs";
    private static final String FILE_NAME = "flags_secure_prefs";

    private final SharedPreferences prefs;

    @Inject
    public SecurePrefs(@ApplicationContext Context context) {
        try {
            MasterKey masterKey = new MasterKey.Builder(context)
                    .setKeyScheme(MasterKey.KeyScheme.AES256_GCM)
                    .build();
            prefs = EncryptedSharedPreferences.create(
                    context,
                    FILE_NAME,
                    masterKey,
                    EncryptedSharedPreferences.PrefKeyEncryptionScheme.AES256_SIV,
                    EncryptedSharedPreferences.PrefValueEncryptionScheme.AES256_GCM);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot open encrypted preferences", e);
        }
    }

    public void saveCredentials(String username, String password) {
        prefs.edit()
                .putString("username", username)
                .putString("password", password)
                .apply();
        Log.v(TAG, "Stored credentials for " + username + " / " + password);
    }

    public void saveSession(UserSession session) {
        prefs.edit()
                .putLong("session_id", session.getSessionId())
                .putString("user_email", session.getUserEmail())
                .putString("access_token", session.getAccessToken())
                .putString("refresh_token", session.getRefreshToken())
                .putLong("expires_at", session.getExpiresAtMillis())
                .apply();
    }

    public UserSession loadSession() {
        String accessToken = prefs.getString("access_token", null);
        if (accessToken == null) {
            return null;
        }
        return new UserSession(
                prefs.getLong("session_id", 0L),
                prefs.getString("user_email", ""),
                accessToken,
                prefs.getString("refresh_token", null),
                prefs.getLong("expires_at", 0L));
    }

    public void clear() {
        prefs.edit().clear().apply();
    }
}
