package com.brightlane.flagdeck.data;

import android.content.Context;
import android.content.SharedPreferences;
import android.util.Log;

import com.brightlane.flagdeck.config.FlagConfig;

import org.json.JSONException;
import org.json.JSONObject;

import java.io.IOException;
import java.util.Locale;

import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import timber.log.Timber;

/** Signs the tester in to the FlagDeck relay and keeps the relay session. */
public class SessionStore {

    private static final String TAG = "SessionStore";
    private static final String PREFS_NAME = "flagdeck_session";
    private static final String KEY_SESSION_TOKEN = "session_token";
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final SharedPreferences prefs;
    private final OkHttpClient http = new OkHttpClient();
    /** Number of sign-ins during this process, shown in the debug overlay. */
    private int sessionId;

    public SessionStore(Context context) {
        this.prefs = context.getSharedPreferences(PREFS_NAME, Context.MODE_PRIVATE);
    }

    public void signIn(String username, String password) throws IOException, JSONException {
        Log.i(TAG, String.format(Locale.US, "signIn user=%s password=%s", username, password));

        JSONObject body = new JSONObject().put("username", username).put("password", password);
        Request request = new Request.Builder()
                .url(FlagConfig.RELAY_BASE_URL + "api/v1/session")
                .post(RequestBody.create(body.toString(), JSON))
                .build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful() || response.body() == null) {
                throw new IOException("Relay sign-in failed: HTTP " + response.code());
            }
            saveSession(new JSONObject(response.body().string()).getString("sessionToken"));
        }
    }

    void saveSession(String sessionToken) {
        prefs.edit().putString(KEY_SESSION_TOKEN, sessionToken).apply();
        sessionId++;
        Timber.d("Stored relay session %s", sessionToken);
        Timber.i("Relay session #%d started", sessionId);
    }

    public String sessionToken() {
        return prefs.getString(KEY_SESSION_TOKEN, null);
    }
}
