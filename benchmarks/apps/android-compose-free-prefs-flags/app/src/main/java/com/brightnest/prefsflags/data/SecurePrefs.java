package com.brightnest.prefsflags.data;

import android.content.Context;
import android.content.SharedPreferences;
import android.util.Log;

import androidx.annotation.Nullable;
import androidx.security.crypto.EncryptedSharedPreferences;
import androidx.security.crypto.MasterKey;

import java.io.IOException;
import java.security.GeneralSecurityException;

/** Session credentials for our own backend, kept in EncryptedSharedPreferences. */
public class SecurePrefs {

    private static final String TAG = "SecurePrefs";
    private static final String FILE_NAME = "secure_session";
    private static final String KEY_SESSION_TOKEN = "session_token";
    private static final String KEY_REFRESH_TOKEN = "refresh_token";
    private static final String KEY_DISTINCT_ID = "distinct_id";

    private final SharedPreferences prefs;

    public SecurePrefs(Context context) {
        try {
            MasterKey masterKey = new MasterKey.Builder(context)
                    .setKeyScheme(MasterKey.KeyScheme.AES256_GCM)
                    .build();
            this.prefs = EncryptedSharedPreferences.create(
                    context,
                    FILE_NAME,
                    masterKey,
                    EncryptedSharedPreferences.PrefKeyEncryptionScheme.AES256_SIV,
                    EncryptedSharedPreferences.PrefValueEncryptionScheme.AES256_GCM);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot open encrypted preferences", e);
        }
    }

    public void saveSession(String sessionToken, String refreshToken) {
        prefs.edit()
                .putString(KEY_SESSION_TOKEN, sessionToken)
                .putString(KEY_REFRESH_TOKEN, refreshToken)
                .apply();
        Log.i(TAG, "session stored: " + sessionToken);
        Log.d(TAG, "refresh token present=" + (refreshToken != null)
                + " length=" + (refreshToken == null ? 0 : refreshToken.length()));
    }

    @Nullable
    public String getSessionToken() {
        return prefs.getString(KEY_SESSION_TOKEN, null);
    }

    @Nullable
    public String getRefreshToken() {
        return prefs.getString(KEY_REFRESH_TOKEN, null);
    }

    public String getDistinctId() {
        return prefs.getString(KEY_DISTINCT_ID, "anonymous");
    }

    public void setDistinctId(String distinctId) {
        prefs.edit().putString(KEY_DISTINCT_ID, distinctId).apply();
    }

    public void clearSession() {
        prefs.edit().remove(KEY_SESSION_TOKEN).remove(KEY_REFRESH_TOKEN).apply();
    }
}
