package com.trailnote.app.analytics;

import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import timber.log.Timber;

/** Pulls the "trails hiked this week" insight shown on the home screen. */
public class InsightsRepository {

    private static final String INSIGHTS_TOKEN = AnalyticsKeys.OAUTH_PREFIX + "qQOzvgY1ib3V8b2CLfj73XTiPEvJJxgKY4IqjQbUumK";
    private static final String INSIGHT_URL = "https://us.posthog.com/api/projects/61234/insights/88120/";

    private final OkHttpClient http;

    public InsightsRepository(OkHttpClient http) {
        this.http = http;
    }

    public String weeklyHikes() throws IOException {
        Request request = new Request.Builder()
                .url(INSIGHT_URL)
                .header(AnalyticsKeys.AUTHORIZATION, "Bearer " + INSIGHTS_TOKEN)
                .build();
        try (Response response = http.newCall(request).execute()) {
            Timber.d("insight %s -> HTTP %d", INSIGHT_URL, response.code());
            return response.body() != null ? response.body().string() : "";
        }
    }
}
