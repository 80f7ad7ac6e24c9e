package io.trailmark.analytics;

import android.util.Log;

import androidx.annotation.NonNull;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okhttp3.logging.HttpLoggingInterceptor;

/**
 * Downloads flag definitions so that flags can be evaluated while the device is offline.
 */
final class FlagDefinitionsClient {

    private static final String TAG = "TrailmarkFlags";

    private final OkHttpClient http;
    private final String host;
    private final String projectKey;
    private final String secureKey;

    FlagDefinitionsClient(@NonNull String host, @NonNull String projectKey, @NonNull String secureKey) {
        this.host = host;
        this.projectKey = projectKey;
        this.secureKey = secureKey;

        HttpLoggingInterceptor logging = new HttpLoggingInterceptor(message -> Log.d(TAG, message));
        logging.redactHeader(AnalyticsKeys.HEADER_AUTHORIZATION);
        logging.setLevel(BuildConfig.DEBUG ? HttpLoggingInterceptor.Level.HEADERS : HttpLoggingInterceptor.Level.NONE);

        this.http = new OkHttpClient.Builder()
                .addInterceptor(logging)
                .callTimeout(15, TimeUnit.SECONDS)
                .build();
    }

    @NonNull
    String fetch() throws IOException {
        HttpUrl url = HttpUrl.get(host).newBuilder()
                .encodedPath(AnalyticsKeys.LOCAL_EVALUATION_PATH)
                .addQueryParameter("token", projectKey)
                .addQueryParameter("send_cohorts", null)
                .build();

        Request request = new Request.Builder()
                .url(url)
                .header(AnalyticsKeys.HEADER_AUTHORIZATION, "Bearer " + secureKey)
                .header("User-Agent", "trailmark-analytics/" + BuildConfig.LIBRARY_VERSION)
                .get()
                .build();

        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("local_evaluation returned HTTP " + response.code()
                        + " for key " + secureKey);
            }
            ResponseBody body = response.body();
            return body == null ? "{}" : body.string();
        }
    }
}
