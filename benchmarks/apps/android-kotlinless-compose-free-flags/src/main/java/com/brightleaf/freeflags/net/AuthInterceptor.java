package com.brightleaf.freeflags.net;

import android.util.Log;

import androidx.annotation.NonNull;

import com.brightleaf.freeflags.BuildConfig;
import com.brightleaf.freeflags.config.AnalyticsKeys;
import com.brightleaf.freeflags.data.SessionStore;

import java.io.IOException;

import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Adds the backend bearer token to every request to api.brightleaf.app. */
public final class AuthInterceptor implements Interceptor {

    private static final String TAG = "AuthInterceptor";

    private final SessionStore sessionStore;

    public AuthInterceptor(SessionStore sessionStore) {
        this.sessionStore = sessionStore;
    }

    @NonNull
    @Override
    public Response intercept(@NonNull Chain chain) throws IOException {
        Request original = chain.request();
        String token = sessionStore.accessToken();
        if (token == null) {
            return chain.proceed(original);
        }
        String authorization = "Bearer " + token;
        if (BuildConfig.DEBUG) {
            Log.d(TAG, original.method() + " " + original.url() + " Authorization: " + authorization);
        }
        Log.v(TAG, "Attaching " + AnalyticsKeys.HEADER_API_KEY + " and Authorization headers");
        Request authed = original.newBuilder()
                .header("Authorization", authorization)
                .header(AnalyticsKeys.HEADER_API_KEY, BuildConfig.APPLICATION_ID)
                .build();
        return chain.proceed(authed);
    }
}
