package com.fieldnotes.app.data;

import android.content.Context;
import android.content.SharedPreferences;
import android.util.Log;

import androidx.annotation.Nullable;
import androidx.annotation.WorkerThread;

import com.fieldnotes.app.data.db.AccountDao;
import com.fieldnotes.app.data.db.AccountEntity;
import com.fieldnotes.app.data.db.AppDatabase;
import com.fieldnotes.app.net.FieldNotesApi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import retrofit2.Response;
import timber.log.Timber;

public class AuthRepository {

    private static final String TAG = "AuthRepository";
    private static final String PREFS = "fieldnotes_auth";
    private static final String KEY_SESSION_TOKEN = "session_token";
    private static final String KEY_CSRF_TOKEN = "csrf_token";
    private static final String KEY_SESSION_ID = "session_id";

    private final SharedPreferences prefs;
    private final AccountDao accountDao;

    public AuthRepository(Context context) {
        this.prefs = context.getSharedPreferences(PREFS, Context.MODE_PRIVATE);
        this.accountDao = AppDatabase.get(context).accountDao();
    }

    @WorkerThread
    public AccountEntity login(FieldNotesApi api, String email, String password) throws IOException {
        Response<FieldNotesApi.LoginResponse> response =
                api.login(new FieldNotesApi.LoginRequest(email, password)).execute();
        if (response.code() == 401) {
            throw ApiErrors.badCredentials(email);
        }
        FieldNotesApi.LoginResponse body = response.body();
        if (!response.isSuccessful() || body == null) {
            throw ApiErrors.server(response.code());
        }

        saveSession(body.sessionToken, body.csrfToken, body.sessionId);
        AccountEntity account = new AccountEntity(body.userId, email, body.displayName, body.refreshToken,
                body.tokenType, body.expiresAt);
        accountDao.upsert(account);
        Timber.i("Signed in %s, session token %s", email, body.sessionToken);
        Log.d(TAG, "Session id fingerprint " + sha256(body.sessionId));
        return account;
    }

    @WorkerThread
    public void refresh(FieldNotesApi api) throws IOException {
        AccountEntity account = accountDao.current();
        if (account == null) {
            throw new IllegalStateException("refresh() called without a signed-in account");
        }
        Response<FieldNotesApi.LoginResponse> response =
                api.refresh(new FieldNotesApi.RefreshRequest(account.refreshToken)).execute();
        if (response.code() == 401) {
            clearSession();
            throw ApiErrors.refreshRejected(account.refreshToken);
        }
        FieldNotesApi.LoginResponse body = response.body();
        if (!response.isSuccessful() || body == null) {
            throw ApiErrors.server(response.code());
        }
        saveSession(body.sessionToken, body.csrfToken, body.sessionId);
    }

    @Nullable
    public String sessionToken() {
        return prefs.getString(KEY_SESSION_TOKEN, null);
    }

    @Nullable
    public String csrfToken() {
        return prefs.getString(KEY_CSRF_TOKEN, "");
    }

    public boolean isSignedIn() {
        return sessionToken() != null;
    }

    public void clearSession() {
        prefs.edit().remove(KEY_SESSION_TOKEN).remove(KEY_CSRF_TOKEN).remove(KEY_SESSION_ID).apply();
    }

    private void saveSession(String sessionToken, String csrfToken, String sessionId) {
        prefs.edit()
                .putString(KEY_SESSION_TOKEN, sessionToken)
                .putString(KEY_CSRF_TOKEN, csrfToken)
                .putString(KEY_SESSION_ID, sessionId)
                .apply();
    }

    private static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                hex.append(String.format("%02x", digest[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            return "n/a";
        }
    }
}
