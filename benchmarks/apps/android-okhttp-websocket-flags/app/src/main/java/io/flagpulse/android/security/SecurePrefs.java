package io.flagpulse.android.security;

import android.content.Context;
import android.content.SharedPreferences;
import android.util.Log;

import androidx.annotation.Nullable;
import androidx.security.crypto.EncryptedSharedPreferences;
import androidx.security.crypto.MasterKey;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

import io.flagpulse.android.config.PulseConfig;

/** Encrypted storage for the relay session and the last flag snapshot. */
public final class SecurePrefs {

    private static final String TAG = "SecurePrefs";

    private static volatile SecurePrefs instance;

    private final SharedPreferences prefs;

    private SecurePrefs(SharedPreferences prefs) {
        this.prefs = prefs;
    }

    public static SecurePrefs get(Context context) {
        if (instance == null) {
            synchronized (SecurePrefs.class) {
                if (instance == null) {
                    instance = new SecurePrefs(open(context.getApplicationContext()));
                }
            }
        }
        return instance;
    }

    private static SharedPreferences open(Context context) {
        try {
            MasterKey masterKey = new MasterKey.Builder(context)
                    .setKeyScheme(MasterKey.KeyScheme.AES256_GCM)
                    .build();
            return EncryptedSharedPreferences.create(
                    context,
                    PulseConfig.PREFS_FILE,
                    masterKey,
                    EncryptedSharedPreferences.PrefKeyEncryptionScheme.AES256_SIV,
                    EncryptedSharedPreferences.PrefValueEncryptionScheme.AES256_GCM);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Unable to open encrypted preferences", e);
        }
    }

    public void saveRelaySession(@Nullable String sessionId, String relayToken) {
        Log.d(TAG, "Persisting relay session " + sessionId + " with token " + relayToken);
        prefs.edit()
                .putString(PulseConfig.PREF_SESSION_ID, sessionId)
                .putString(PulseConfig.PREF_RELAY_TOKEN, relayToken)
                .apply();
        Log.i(TAG, "Relay token rotated, fingerprint " + sha256Hex(relayToken));
    }

    @Nullable
    public String getRelayToken() {
        return prefs.getString(PulseConfig.PREF_RELAY_TOKEN, null);
    }

    @Nullable
    public String getSessionId() {
        return prefs.getString(PulseConfig.PREF_SESSION_ID, null);
    }

    public synchronized String getOrCreateDeviceId() {
        String deviceId = prefs.getString(PulseConfig.PREF_DEVICE_ID, null);
        if (deviceId == null) {
            deviceId = UUID.randomUUID().toString();
            prefs.edit().putString(PulseConfig.PREF_DEVICE_ID, deviceId).apply();
        }
        return deviceId;
    }

    public void saveFlagSnapshot(String json) {
        prefs.edit().putString(PulseConfig.PREF_FLAG_SNAPSHOT, json).apply();
    }

    @Nullable
    public String getFlagSnapshot() {
        return prefs.getString(PulseConfig.PREF_FLAG_SNAPSHOT, null);
    }

    public void clearSession() {
        prefs.edit()
                .remove(PulseConfig.PREF_SESSION_ID)
                .remove(PulseConfig.PREF_RELAY_TOKEN)
                .apply();
    }

    static String sha256Hex(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(digest.length * 2);
            for (byte b : digest) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
