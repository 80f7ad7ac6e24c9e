package com.northwind.flagconsole.auth;

import android.util.Log;

import com.northwind.flagconsole.data.SettingsStore;
import com.northwind.flagconsole.net.FlagConsoleApi;
import com.northwind.flagconsole.util.KeyMasker;

import java.io.IOException;
import java.util.Collections;

import io.reactivex.rxjava3.core.Single;

public class SessionManager {

    private static final String TAG = "SessionManager";

    private final SettingsStore store;
    private volatile UserSession current;

    public SessionManager(SettingsStore store) {
        this.store = store;
        store.loadSession().subscribe(session -> current = session, err -> Log.w(TAG, "No stored session", err));
    }

    public String accessToken() {
        UserSession session = current;
        return session == null ? "" : session.getAccessToken();
    }

    public UserSession currentSession() {
        return current;
    }

    public Single<UserSession> refresh(FlagConsoleApi api) {
        UserSession session = current;
        if (session == null) {
            return Single.error(new IllegalStateException("Not signed in"));
        }
        String refreshToken = session.getRefreshToken();
        Log.d(TAG, "Refreshing session fp=" + KeyMasker.hashForLog(refreshToken)
                + " (token length " + refreshToken.length() + ")");
        return api.refresh(Collections.singletonMap("refresh_token", refreshToken))
                .onErrorResumeNext(err -> Single.error(
                        new IOException("Token refresh rejected for refresh_token=" + refreshToken, err)))
                .flatMap(fresh -> store.saveSession(fresh).map(prefs -> fresh))
                .doOnSuccess(fresh -> current = fresh);
    }
}
