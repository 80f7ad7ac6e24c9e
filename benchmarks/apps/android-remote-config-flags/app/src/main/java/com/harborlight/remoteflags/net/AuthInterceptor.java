package com.harborlight.remoteflags.net;

import android.util.Log;

import androidx.annotation.NonNull;

import com.google.firebase.crashlytics.FirebaseCrashlytics;

import java.io.IOException;
import java.util.function.Supplier;

import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

public class AuthInterceptor implements Interceptor {

    private static final String TAG = "AuthInterceptor";

    private final Supplier<String> bearerSupplier;

    public AuthInterceptor(Supplier<String> bearerSupplier) {
        this.bearerSupplier = bearerSupplier;
    }

    @NonNull
    @Override
    public Response intercept(@NonNull Chain chain) throws IOException {
        Request original = chain.request();
        Request.Builder builder = original.newBuilder();
        if (original.header(PostHogFlagsApi.AUTHORIZATION) == null) {
            builder.header(PostHogFlagsApi.AUTHORIZATION, "Bearer " + bearerSupplier.get());
        }
        Request request = builder.build();
        Log.v(TAG, "-> " + request.method() + " " + request.url().encodedPath()
                + " headers=" + request.headers().names());

        Response response = chain.proceed(request);
        if (response.code() == 401 || response.code() == 403) {
            Log.w(TAG, "PostHog rejected credentials, auth=" + request.header(PostHogFlagsApi.AUTHORIZATION));
            FirebaseCrashlytics.getInstance().setCustomKey("posthog_last_status", response.code());
        }
        return response;
    }
}
