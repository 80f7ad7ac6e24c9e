package com.trailnote.app.analytics;

import android.content.Context;
import android.util.Log;
import com.trailnote.app.BuildConfig;
import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Downloads flag definitions so the app can evaluate them offline on the trail. */
public class FlagClient {

    private static final String TAG = "FlagClient";
    private static final String LOCAL_EVAL_URL =
            "https://us.i.posthog.com/api/feature_flag/local_evaluation/?token=" + BuildConfig.POSTHOG_API_KEY;

    private final OkHttpClient http;
    private final Context context;

    public FlagClient(Context context, OkHttpClient http) {
        this.context = context.getApplicationContext();
        this.http = http;
    }

    public String fetchDefinitions() throws IOException {
        Request request = new Request.Builder()
                .url(LOCAL_EVAL_URL)
                .addHeader(AnalyticsKeys.AUTHORIZATION, "Bearer " + BuildConfig.POSTHOG_PERSONAL_API_KEY)
                .build();
        try (Response response = http.newCall(request).execute()) {
            Log.d(TAG, "local evaluation HTTP " + response.code() + ", cached in " + context.getCacheDir());
            return response.body() != null ? response.body().string() : "{}";
        }
    }
}
