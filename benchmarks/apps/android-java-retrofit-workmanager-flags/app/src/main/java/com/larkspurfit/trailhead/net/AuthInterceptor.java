package com.larkspurfit.trailhead.net;

import android.util.Log;

import androidx.annotation.NonNull;

import com.larkspurfit.trailhead.config.AnalyticsConfig;
import com.larkspurfit.trailhead.data.SessionStore;

import java.io.IOException;

import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds the user's bearer token to every call against the Larkspur API.
 */
public class AuthInterceptor implements Interceptor {

    private static final String TAG = "AuthInterceptor";

    private final SessionStore sessionStore;

    public AuthInterceptor(SessionStore sessionStore) {
        this.sessionStore = sessionStore;
    }

    @NonNull
    @Override
    public Response intercept(@NonNull Chain chain) throws IOException {
        Request original = chain.request();
        String accessToken = sessionStore.getAccessToken();
        if (accessToken == null) {
            return chain.proceed(original);
        }

        String authHeader = "Bearer " + accessToken;
        Log.d(TAG, "Adding " + AnalyticsConfig.HEADER_AUTHORIZATION + " header to " + original.url().encodedPath());
        Log.v(TAG, "Outgoing auth: " + authHeader);

        Request authed = original.newBuilder()
                .header(AnalyticsConfig.HEADER_AUTHORIZATION, authHeader)
                .build();
        Response response = chain.proceed(authed);
        if (response.code() == 401) {
            Log.w(TAG, "Session rejected by API (had token: " + !accessToken.isEmpty() + "), clearing");
            sessionStore.clear();
        }
        return response;
    }
}
