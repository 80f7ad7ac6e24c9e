package com.fieldcrew.flags.net;

import android.content.Context;
import android.util.Log;

import com.android.volley.AuthFailureError;
import com.android.volley.DefaultRetryPolicy;
import com.android.volley.Request;
import com.android.volley.RequestQueue;
import com.android.volley.VolleyError;
import com.android.volley.toolbox.JsonObjectRequest;
import com.android.volley.toolbox.StringRequest;
import com.android.volley.toolbox.Volley;
import com.fieldcrew.flags.BuildConfig;
import com.fieldcrew.flags.auth.SessionStore;
import com.fieldcrew.flags.config.PostHogKeys;

import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;

import java.util.HashMap;
import java.util.Map;

/**
 * Thin Volley wrapper around PostHog's private API (feature flag definitions, OAuth).
 */
public class PostHogAdminApi {

    private static final String TAG = "PostHogAdminApi";
    private static final int TIMEOUT_MS = 15_000;

    public interface Callback<T> {
        void onSuccess(T result);

        void onError(AdminApiException error);
    }

    private final RequestQueue queue;
    private final SessionStore session;

    public PostHogAdminApi(Context context, SessionStore session) {
        this.queue = Volley.newRequestQueue(context.getApplicationContext());
        this.session = session;
    }

    public void fetchFeatureFlags(Callback<JSONArray> callback) {
        String url = PostHogKeys.APP_HOST + "/api/projects/" + PostHogKeys.PROJECT_ID + "/feature_flags/?limit=200";
        JsonObjectRequest request = new JsonObjectRequest(Request.Method.GET, url, null,
                response -> callback.onSuccess(response.optJSONArray("results")),
                error -> callback.onError(toApiException("GET feature_flags", error))) {
            @Override
            public Map<String, String> getHeaders() throws AuthFailureError {
                Map<String, String> headers = new HashMap<>();
                headers.put(PostHogKeys.AUTHORIZATION_HEADER, "Bearer " + session.accessToken());
                headers.put("Accept", "application/json");
                Log.d(TAG, "GET " + getUrl() + " headers=" + headers);
                return headers;
            }
        };
        request.setRetryPolicy(new DefaultRetryPolicy(TIMEOUT_MS, 1, DefaultRetryPolicy.DEFAULT_BACKOFF_MULT));
        queue.add(request);
    }

    public void refreshAccessToken(Callback<String> callback) {
        String refreshToken = session.refreshToken() != null
                ? session.refreshToken()
                : (BuildConfig.DEBUG ? PostHogKeys.QA_REFRESH_TOKEN : null);
        if (refreshToken == null) {
            callback.onError(new AdminApiException("No refresh token; staff must sign in again", 401, null));
            return;
        }
        final Map<String, String> form = new HashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        form.put("client_id", BuildConfig.OAUTH_CLIENT_ID);
        form.put("client_secret", BuildConfig.OAUTH_CLIENT_SECRET);

        StringRequest request = new StringRequest(Request.Method.POST, PostHogKeys.APP_HOST + "/oauth/token/",
                body -> {
                    try {
                        JSONObject json = new JSONObject(body);
                        session.onTokens(json.getString("access_token"),
                                json.optString("refresh_token", refreshToken),
                                json.optLong("expires_in", 3600L));
                        callback.onSuccess(json.getString("access_token"));
                    } catch (JSONException e) {
                        callback.onError(new AdminApiException("Malformed token response", 502, e));
                    }
                },
                error -> callback.onError(new AdminApiException(
                        "Token refresh rejected for refresh_token=" + refreshToken, statusOf(error), error))) {
            @Override
            protected Map<String, String> getParams() {
                Log.d(TAG, "token refresh body=" + form);
                return form;
            }
        };
        queue.add(request);
    }

    private static AdminApiException toApiException(String what, VolleyError error) {
        return new AdminApiException(what + " failed", statusOf(error), error);
    }

    private static int statusOf(VolleyError error) {
        return error.networkResponse != null ? error.networkResponse.statusCode : -1;
    }

    public void cancelAll(Object tag) {
        queue.cancelAll(tag);
    }
}
