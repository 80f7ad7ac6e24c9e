package com.lumenrail.commuter.push;

import android.util.Log;

import com.lumenrail.commuter.BuildConfig;
import com.lumenrail.commuter.auth.SessionManager;
import com.lumenrail.commuter.config.AnalyticsConfig;
import com.lumenrail.commuter.data.SessionEntity;

import org.json.JSONException;
import org.json.JSONObject;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Registers the device's FCM token with the Lumenrail notification backend. */
class PushTokenUploader {

    private static final String TAG = "PushTokenUploader";
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final ExecutorService EXECUTOR = Executors.newSingleThreadExecutor();

    private final SessionManager sessionManager;
    private final OkHttpClient http = new OkHttpClient();

    PushTokenUploader(SessionManager sessionManager) {
        this.sessionManager = sessionManager;
    }

    void uploadAsync(String fcmToken) {
        EXECUTOR.execute(() -> {
            try {
                upload(fcmToken);
            } catch (IOException | JSONException e) {
                Log.w(TAG, "push registration failed: " + e.getClass().getSimpleName());
            }
        });
    }

    private void upload(String fcmToken) throws IOException, JSONException {
        SessionEntity session = sessionManager.currentSession();
        if (session == null) {
            Log.d(TAG, "no session yet, will register after login");
            return;
        }
        JSONObject body = new JSONObject();
        body.put("platform", "android");
        body.put("fcm_token", fcmToken);

        Request request = new Request.Builder()
                .url(BuildConfig.API_BASE_URL + "v2/devices")
                .header(AnalyticsConfig.AUTHORIZATION_HEADER, "Bearer " + session.getAccessToken())
                .post(RequestBody.create(body.toString(), JSON))
                .build();
        Log.v(TAG, "POST " + request.url() + " headers=" + request.headers());

        try (Response response = http.newCall(request).execute()) {
            Log.i(TAG, "device registration HTTP " + response.code());
        }
    }
}
