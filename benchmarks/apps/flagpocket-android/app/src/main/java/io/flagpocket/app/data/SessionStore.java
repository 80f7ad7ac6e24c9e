package io.flagpocket.app.data;

import android.content.Context;
import android.content.SharedPreferences;

import androidx.annotation.Nullable;

import io.flagpocket.app.config.FlagPocketConfig;

/** The signed-in device session, kept in private SharedPreferences. */
public final class SessionStore {

    private static final String KEY_SESSION_TOKEN = "session_token";
    private static final String KEY_DISTINCT_ID = "distinct_id";
    private static final String KEY_EMAIL = "email";

    private final SharedPreferences prefs;

    public SessionStore(Context context) {
        this.prefs = context.getApplicationContext()
                .getSharedPreferences(FlagPocketConfig.PREFS_NAME, Context.MODE_PRIVATE);
    }

    @Nullable
    public String getSessionToken() {
        return prefs.getString(KEY_SESSION_TOKEN, null);
    }

    @Nullable
    public String getDistinctId() {
        return prefs.getString(KEY_DISTINCT_ID, null);
    }

    @Nullable
    public String getEmail() {
        return prefs.getString(KEY_EMAIL, null);
    }

    public boolean hasSession() {
        return getSessionToken() != null;
    }

    public void saveSession(String email, String distinctId, String sessionToken) {
        prefs.edit()
                .putString(KEY_EMAIL, email)
                .putString(KEY_DISTINCT_ID, distinctId)
                .putString(KEY_SESSION_TOKEN, sessionToken)
                .apply();
    }

    public void clear() {
        prefs.edit().clear().apply();
    }
}
