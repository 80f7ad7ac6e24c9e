package com.acme.flags.auth;

import android.util.Log;

import com.acme.flags.data.SecurePrefs;
import com.acme.flags.model.UserSession;

import javax.inject.Inject;
import javax.inject.Singleton;

@Singleton
public class SessionManager {

    private static final String TAG = "SessionManager";

    private final SecurePrefs prefs;

    @Inject
    public SessionManager(SecurePrefs prefs) {
        this.prefs = prefs;
    }

    public UserSession current() throws AuthException {
        UserSession session = prefs.loadSession();
        if (session == null) {
            throw new AuthException("No stored session");
        }
        if (session.isExpired()) {
            throw new AuthException("Session expired; refresh token " + session.getRefreshToken() + " must be exchanged");
        }
        long sessionId = session.getSessionId();
        Log.d(TAG, "Using session " + sessionId);
        return session;
    }

    public void onTokenRefreshed(UserSession refreshed) {
        prefs.saveSession(refreshed);
        Log.d(TAG, "Refreshed access token=" + refreshed.getAccessToken());
        Log.i(TAG, "New access token length=" + refreshed.getAccessToken().length());
    }

    public void logout() {
        prefs.clear();
    }
}
