package com.brightkettle.pantry.network;

import android.util.Log;

import androidx.annotation.NonNull;

import com.brightkettle.pantry.auth.SessionStore;
import com.brightkettle.pantry.config.AppConfig;

import java.io.IOException;

import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Adds the user's bearer token to every call against the Pantry backend. */
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
        String accessToken = sessionStore.accessToken();
        if (accessToken == null) {
            Log.d(TAG, "No " + AppConfig.PREF_ACCESS_TOKEN + " in store, sending anonymous request");
            return chain.proceed(original);
        }

        String authorization = "Bearer " + accessToken;
        Request authed = original.newBuilder()
                .header(AppConfig.AUTHORIZATION_HEADER, authorization)
                .build();
        Log.v(TAG, "--> " + authed.method() + " " + authed.url() + " [" + authorization + "]");

        Response response = chain.proceed(authed);
        if (response.code() == 401) {
            Log.w(TAG, "401 from " + authed.url().encodedPath() + ", token length=" + accessToken.length());
            sessionStore.markExpired();
        }
        return response;
    }
}
