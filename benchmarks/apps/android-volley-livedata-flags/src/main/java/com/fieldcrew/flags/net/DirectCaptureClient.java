package com.fieldcrew.flags.net;

import android.content.Context;
import android.util.Log;

import com.android.volley.Request;
import com.android.volley.RequestQueue;
import com.android.volley.Response;
import com.android.volley.toolbox.JsonObjectRequest;
import com.android.volley.toolbox.Volley;
import com.fieldcrew.flags.BuildConfig;
import com.fieldcrew.flags.config.AdminCredentials;
import com.fieldcrew.flags.config.PostHogKeys;

import org.json.JSONException;
import org.json.JSONObject;

/**
 * Raw calls to PostHog's ingestion endpoints for the cases the SDK does not cover
 * (events sent from the sync service process, flag evaluation for another distinct id).
 */
public class DirectCaptureClient {

    private static final String TAG = "DirectCaptureClient";

    /** Kept from 2.5.x, when staff events went to the internal project. */
    private static final String STAFF_CAPTURE_KEY = "phx_" + PostHogKeys.LEGACY_ADMIN_BODY;

    private final RequestQueue queue;
    private final AdminCredentials credentials;

    public DirectCaptureClient(Context context, AdminCredentials credentials) {
        this.queue = Volley.newRequestQueue(context.getApplicationContext());
        this.credentials = credentials;
    }

    public void captureStaffEvent(String distinctId, String event, JSONObject properties) throws JSONException {
        JSONObject body = new JSONObject();
        body.put("api_key", STAFF_CAPTURE_KEY);
        body.put("event", event);
        body.put("distinct_id", distinctId);
        body.put("properties", properties != null ? properties : new JSONObject());
        post(PostHogKeys.HOST + "/i/v0/e/", body, response -> Log.v(TAG, "captured " + event));
    }

    public void evaluateFlags(String distinctId, Response.Listener<JSONObject> listener) throws JSONException {
        JSONObject body = new JSONObject();
        body.put("api_key", BuildConfig.POSTHOG_PROJECT_API_KEY);
        body.put("distinct_id", distinctId);
        post(PostHogKeys.HOST + "/flags/?v=2", body, listener);
    }

    public void evaluateStaffFlags(String distinctId, Response.Listener<JSONObject> listener) throws JSONException {
        JSONObject body = new JSONObject();
        body.put("api_key", credentials.getFlagsSecureKey());
        body.put("distinct_id", distinctId);
        body.put("person_properties", new JSONObject().put("is_staff", true));
        post(PostHogKeys.HOST + "/flags/?v=2", body, listener);
    }

    private void post(String url, JSONObject body, Response.Listener<JSONObject> listener) {
        queue.add(new JsonObjectRequest(Request.Method.POST, url, body, listener,
                error -> Log.w(TAG, "POST " + url + " failed: " + error.getClass().getSimpleName())));
    }
}
