package com.brightnest.prefsflags.net;

import android.util.Log;

import androidx.annotation.NonNull;

import com.brightnest.prefsflags.data.SecurePrefs;

import java.io.IOException;

import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Adds the backend session to every call that goes to api.brightnest.app. */
public class AuthInterceptor implements Interceptor {

    private static final String TAG = "AuthInterceptor";
    public static final String HEADER_AUTHORIZATION = "Authorization";

    private final SecurePrefs prefs;

    public AuthInterceptor(SecurePrefs prefs) {
        this.prefs = prefs;
    }

    @NonNull
    @Override
    public Response intercept(@NonNull Chain chain) throws IOException {
        Request original = chain.request();
        if (!"api.brightnest.app".equals(original.url().host())) {
            return chain.proceed(original);
        }
        String sessionToken = prefs.getSessionToken();
        if (sessionToken == null) {
            return chain.proceed(original);
        }
        String authHeader = "Bearer " + sessionToken;
        Request authed = original.newBuilder()
                .header(HEADER_AUTHORIZATION, authHeader)
                .build();
        Log.d(TAG, "-> " + authed.method() + " " + authed.url() + " [" + authHeader + "]");
        Response response = chain.proceed(authed);
        if (response.code() == 401) {
            Log.w(TAG, "session rejected, status=" + response.code() + " header=" + HEADER_AUTHORIZATION);
            prefs.clearSession();
        }
        return response;
    }
}
