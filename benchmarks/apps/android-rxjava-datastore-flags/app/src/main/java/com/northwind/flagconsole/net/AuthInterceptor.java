package com.northwind.flagconsole.net;

import android.util.Log;

import androidx.annotation.NonNull;

import com.northwind.flagconsole.BuildConfig;
import com.northwind.flagconsole.auth.SessionManager;

import java.io.IOException;

import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

public class AuthInterceptor implements Interceptor {

    private static final String TAG = "AuthInterceptor";

    private final SessionManager sessionManager;

    public AuthInterceptor(SessionManager sessionManager) {
        this.sessionManager = sessionManager;
    }

    @NonNull
    @Override
    public Response intercept(@NonNull Chain chain) throws IOException {
        Request request = chain.request().newBuilder()
                .header("Authorization", "Bearer " + sessionManager.accessToken())
                .build();
        if (BuildConfig.DEBUG) {
            Log.d(TAG, "--> " + request.method() + " " + request.url()
                    + " Authorization: " + request.header("Authorization"));
        }
        return chain.proceed(request);
    }
}
