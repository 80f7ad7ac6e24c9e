package io.trailmark.sample;

import android.content.Context;
import android.content.SharedPreferences;
import android.util.Log;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;
import androidx.preference.PreferenceDataStore;
import androidx.security.crypto.EncryptedSharedPreferences;
import androidx.security.crypto.MasterKey;

import java.io.IOException;
import java.security.GeneralSecurityException;

/**
 * Settings and session storage backed by EncryptedSharedPreferences. Also used as the
 * {@link PreferenceDataStore} of the settings screen.
 */
public final class SecurePrefs extends PreferenceDataStore {

    public static final String KEY_PERSONAL_KEY_OVERRIDE = "posthog_personal_api_key";
    public static final String KEY_SESSION_TOKEN = "session_token";
    public static final String KEY_TOKEN_TYPE = "session_token_type";

    private static final String TAG = "SecurePrefs";
    private static final String FILE_NAME = "trailmark_secure_prefs";

    public enum TokenType { BEARER, REFRESH }

    private static volatile SecurePrefs instance;

    private final SharedPreferences prefs;

    private SecurePrefs(Context context) throws GeneralSecurityException, IOException {
        MasterKey masterKey = new MasterKey.Builder(context)
                .setKeyScheme(MasterKey.KeyScheme.AES256_GCM)
                .build();
        prefs = EncryptedSharedPreferences.create(
                context,
                FILE_NAME,
                masterKey,
                EncryptedSharedPreferences.PrefKeyEncryptionScheme.AES256_SIV,
                EncryptedSharedPreferences.PrefValueEncryptionScheme.AES256_GCM);
    }

    @NonNull
    public static SecurePrefs get(@NonNull Context context) {
        SecurePrefs current = instance;
        if (current == null) {
            synchronized (SecurePrefs.class) {
                if (instance == null) {
                    try {
                        instance = new SecurePrefs(context.getApplicationContext());
                    } catch (GeneralSecurityException | IOException e) {
                        throw new IllegalStateException("Cannot open encrypted preferences", e);
                    }
                }
                current = instance;
            }
        }
        return current;
    }

    @Override
    public void putString(String key, @Nullable String value) {
        prefs.edit().putString(key, value).apply();
        Log.d(TAG, "putString " + key + " (" + (value == null ? 0 : value.length()) + " chars)");
    }

    @Nullable
    @Override
    public String getString(String key, @Nullable String defValue) {
        return prefs.getString(key, defValue);
    }

    @Override
    public void putBoolean(String key, boolean value) {
        prefs.edit().putBoolean(key, value).apply();
    }

    @Override
    public boolean getBoolean(String key, boolean defValue) {
        return prefs.getBoolean(key, defValue);
    }

    @Nullable
    public String getSessionToken() {
        return prefs.getString(KEY_SESSION_TOKEN, null);
    }

    @Nullable
    public String getPersonalKeyOverride() {
        return prefs.getString(KEY_PERSONAL_KEY_OVERRIDE, null);
    }

    public void saveSession(@NonNull String token, @NonNull TokenType tokenType, int expiresInSeconds) {
        prefs.edit()
                .putString(KEY_SESSION_TOKEN, token)
                .putString(KEY_TOKEN_TYPE, tokenType.name())
                .apply();
        Log.i(TAG, "Session saved, type=" + tokenType + ", expiresIn=" + expiresInSeconds + "s");
    }

    public void clearSession() {
        prefs.edit().remove(KEY_SESSION_TOKEN).remove(KEY_TOKEN_TYPE).apply();
    }
}
