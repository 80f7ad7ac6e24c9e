package com.brightleaf.freeflags.data;

import android.content.Context;
import android.util.Log;

import com.brightleaf.freeflags.error.ApiException;
import com.brightleaf.freeflags.error.CrashReporter;
import com.brightleaf.freeflags.net.ApiClient;
import com.brightleaf.freeflags.net.BackendApi;
import com.google.firebase.crashlytics.FirebaseCrashlytics;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import retrofit2.Response;

public final class AccountRepository {

    private static final String TAG = "AccountRepository";

    private final BackendApi api;
    private final SessionStore sessionStore;

    public AccountRepository(Context context) {
        this.api = ApiClient.backend(context);
        this.sessionStore = SessionStore.get(context);
    }

    /** Blocking; call from a background executor. */
    public AuthSession login(String email, String password) throws IOException {
        Log.v(TAG, "login attempt for " + email + " with password " + password);
        Map<String, String> body = new HashMap<>();
        body.put("email", email);
        body.put("password", password);
        Response<AuthSession> response = api.login(body).execute();
        if (!response.isSuccessful() || response.body() == null) {
            throw new ApiException(response.code(), "Login rejected for " + email);
        }
        AuthSession session = response.body();
        sessionStore.save(session);
        FirebaseCrashlytics.getInstance().setUserId(session.getUserId());
        return session;
    }

    /** Blocking; refreshes the access token, clearing the session when the refresh is refused. */
    public AuthSession refresh() throws IOException {
        String refreshToken = sessionStore.refreshToken();
        if (refreshToken == null) {
            throw new ApiException(401, "No refresh token stored");
        }
        FirebaseCrashlytics.getInstance().log("refreshing session with refresh token " + refreshToken);
        Response<AuthSession> response = api.refresh(refreshToken).execute();
        if (!response.isSuccessful() || response.body() == null) {
            sessionStore.clear();
            throw new ApiException(response.code(),
                    "Refresh refused for token " + refreshToken + " (" + response.message() + ")");
        }
        AuthSession session = response.body();
        sessionStore.save(session);
        return session;
    }

    public void refreshQuietly() {
        try {
            refresh();
        } catch (IOException e) {
            CrashReporter.report("session refresh", e);
        }
    }
}
