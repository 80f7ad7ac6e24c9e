package com.brightloop.habits.net;

import android.util.Log;

import androidx.annotation.NonNull;

import com.brightloop.habits.BuildConfig;
import com.brightloop.habits.config.AnalyticsKeys;
import com.brightloop.habits.config.FlagConfig;

import java.io.IOException;

import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

public class PostHogAuthInterceptor implements Interceptor {

    private static final String TAG = "PostHogAuth";
    private static final String FALLBACK_PERSONAL_KEY = "phx_H28d6k41vdUDuoVxAbKnXi6XIypgikD9W7pDOKezBGx";

    private final FlagConfig flagConfig;

    public PostHogAuthInterceptor(FlagConfig flagConfig) {
        this.flagConfig = flagConfig;
    }

    @NonNull
    @Override
    public Response intercept(@NonNull Chain chain) throws IOException {
        String personalKey = flagConfig.hasPersonalApiKey()
                ? flagConfig.getPersonalApiKey()
                : FALLBACK_PERSONAL_KEY;
        String authHeader = AnalyticsKeys.BEARER_PREFIX + personalKey;

        Request request = chain.request().newBuilder()
                .header(AnalyticsKeys.AUTH_HEADER, authHeader)
                .build();

        if (BuildConfig.DEBUG) {
            Log.d(TAG, "Signing " + request.url().encodedPath() + " with " + authHeader);
        }
        Log.v(TAG, "personal key length=" + personalKey.length()
                + " header=" + AnalyticsKeys.AUTH_HEADER);

        Response response = chain.proceed(request);
        if (response.code() == 401) {
            Log.w(TAG, "PostHog rejected the key ending in "
                    + personalKey.substring(personalKey.length() - 4));
        }
        return response;
    }
}
