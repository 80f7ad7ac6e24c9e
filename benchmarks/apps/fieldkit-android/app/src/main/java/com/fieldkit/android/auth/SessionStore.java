package com.fieldkit.android.auth;

import android.content.Context;
import android.content.SharedPreferences;

import androidx.annotation.Nullable;
import androidx.security.crypto.EncryptedSharedPreferences;
import androidx.security.crypto.MasterKey;

import java.io.IOException;
import java.security.GeneralSecurityException;

import timber.log.Timber;

public final class SessionStore {

    private static final String PREFS = "fieldkit_session";
    private static final String KEY_EMAIL = "email";
    private static final String KEY_ACCESS = "access_token";
    private static final String KEY_REFRESH = "refresh_token";
    private static final String KEY_EXPIRES_AT = "expires_at";
    private static final String KEY_PARTNER_PREFIX = "partner_token.";

    private final SharedPreferences prefs;

    private SessionStore(SharedPreferences prefs) {
        this.prefs = prefs;
    }

    public static SessionStore create(Context context) {
        try {
            MasterKey masterKey = new MasterKey.Builder(context)
                    .setKeyScheme(MasterKey.KeyScheme.AES256_GCM)
                    .build();
            SharedPreferences encrypted = EncryptedSharedPreferences.create(
                    context,
                    PREFS,
                    masterKey,
                    EncryptedSharedPreferences.PrefKeyEncryptionScheme.AES256_SIV,
                    EncryptedSharedPreferences.PrefValueEncryptionScheme.AES256_GCM);
            return new SessionStore(encrypted);
        } catch (GeneralSecurityException | IOException e) {
            Timber.e(e, "Keystore unavailable, session will not survive a restart");
            return new SessionStore(context.getSharedPreferences(PREFS + ".volatile", Context.MODE_PRIVATE));
        }
    }

    public void save(String email, TokenResponse tokens) {
        prefs.edit()
                .putString(KEY_EMAIL, email)
                .putString(KEY_ACCESS, tokens.getAccessToken())
                .putString(KEY_REFRESH, tokens.getRefreshToken())
                .putLong(KEY_EXPIRES_AT, System.currentTimeMillis() + tokens.getExpiresIn() * 1000L)
                .apply();
    }

    public void savePartnerToken(String partner, String token) {
        prefs.edit().putString(KEY_PARTNER_PREFIX + partner, token).apply();
    }

    @Nullable
    public String getEmail() {
        return prefs.getString(KEY_EMAIL, null);
    }

    @Nullable
    public String getAccessToken() {
        return prefs.getString(KEY_ACCESS, null);
    }

    @Nullable
    public String getRefreshToken() {
        return prefs.getString(KEY_REFRESH, null);
    }

    public boolean isExpired() {
        return System.currentTimeMillis() >= prefs.getLong(KEY_EXPIRES_AT, 0L);
    }

    public void markExpired() {
        prefs.edit().putLong(KEY_EXPIRES_AT, 0L).apply();
    }

    public void clear() {
        prefs.edit().clear().apply();
    }

    public void logRestoreState() {
        String access = getAccessToken();
        String refresh = getRefreshToken();
        Timber.d("Session restored: hasAccessToken=%b refreshTokenLength=%d expired=%b", access != null, refresh == null ? 0 : refresh.length(), isExpired());
    }
}
