package com.acme.flagsync.net;

import android.util.Log;

import androidx.annotation.NonNull;

import com.acme.flagsync.auth.SessionStore;

import java.io.IOException;

import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds the backend session token to every request going to the acme flag service.
 */
public class AuthInterceptor implements Interceptor {

    private static final String TAG = "AuthInterceptor";
    static final String HEADER_AUTHORIZATION = "Authorization";

    private final SessionStore sessionStore;

    public AuthInterceptor(SessionStore sessionStore) {
        this.sessionStore = sessionStore;
    }

    @NonNull
    @Override
    public Response intercept(@NonNull Chain chain) throws IOException {
        Request original = chain.request();
        if (original.header(HEADER_AUTHORIZATION) != null) {
            return chain.proceed(original);
        }
        String accessToken = sessionStore.getAccessToken();
        if (accessToken == null) {
            Log.w(TAG, "No session, sending " + original.url().encodedPath() + " without " + HEADER_AUTHORIZATION);
            return chain.proceed(original);
        }
        Log.d(TAG, "Attaching session token " + accessToken + " to " + original.url().host());
        Request authed = original.newBuilder()
                .header(HEADER_AUTHORIZATION, "Bearer " + accessToken)
                .build();
        return chain.proceed(authed);
    }
}
