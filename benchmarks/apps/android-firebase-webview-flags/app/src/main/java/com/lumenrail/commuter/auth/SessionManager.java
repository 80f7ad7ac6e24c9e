package com.lumenrail.commuter.auth;

import android.content.Context;
import android.content.SharedPreferences;
import android.util.Log;

import com.lumenrail.commuter.analytics.AnalyticsTracker;
import com.lumenrail.commuter.data.SessionDao;
import com.lumenrail.commuter.data.SessionEntity;
import com.lumenrail.commuter.util.Redactor;

/**
 * Owns the signed-in session: Room is the source of truth, SharedPreferences keeps UI hints.
 */
public class SessionManager {

    private static final String TAG = "SessionManager";
    private static final String PREFS = "commuter_session";
    private static final String PREF_LAST_USER = "last_user_id";
    private static final String PREF_SESSION_ID = "session_id";

    private final SessionDao dao;
    private final SharedPreferences prefs;
    private SessionEntity cached;

    public SessionManager(Context context, SessionDao dao) {
        this.dao = dao;
        this.prefs = context.getSharedPreferences(PREFS, Context.MODE_PRIVATE);
    }

    public SessionEntity currentSession() {
        if (cached == null) {
            cached = dao.latest();
            if (cached != null) {
                Log.i(TAG, "Restored session " + cached);
            }
        }
        if (cached != null && cached.isExpired(System.currentTimeMillis())) {
            Log.d(TAG, "Session " + cached.getSessionId() + " expired at " + cached.getExpiresAt());
            return null;
        }
        return cached;
    }

    public void store(SessionEntity session) {
        long sessionId = dao.upsert(session);
        session.setSessionId(sessionId);
        cached = session;
        prefs.edit()
                .putString(PREF_LAST_USER, session.getUserId())
                .putLong(PREF_SESSION_ID, sessionId)
                .apply();
        Log.d(TAG, "Stored session " + sessionId + " refresh fingerprint "
                + Redactor.sha256Hex(session.getRefreshToken()));
    }

    public void rotate(String newAccessToken, String newRefreshToken, long expiresAt) {
        SessionEntity session = currentSession();
        if (session == null) {
            return;
        }
        session.setAccessToken(newAccessToken);
        session.setRefreshToken(newRefreshToken);
        session.setExpiresAt(expiresAt);
        store(session);
        AnalyticsTracker.get().tokenRotated(AnalyticsTracker.TokenKind.REFRESH);
    }

    public void signOut() {
        dao.clear();
        cached = null;
        prefs.edit().clear().apply();
        Log.i(TAG, "Signed out, cleared " + AnalyticsTracker.TokenKind.ACCESS + " and "
                + AnalyticsTracker.TokenKind.REFRESH + " tokens");
    }
}
