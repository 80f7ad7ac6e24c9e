package com.brightcart.shop.flags;

import android.util.Log;
import androidx.annotation.WorkerThread;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/** Downloads flag definitions so checkout flags can be evaluated offline. */
public final class RemoteFlagsClient {

    private static final String TAG = "RemoteFlags";
    private static final String DEFINITIONS_URL =
            "https://eu.posthog.com/api/feature_flag/local_evaluation/?send_cohorts&token=";
    private static final String PROJECT_KEY = "phc_11ppVD9YvI0YKyrYmSyZmiiDJXAPtWWtfDeuWFB2RJz";
    // feature-flags secure API key
    private static final String FLAGS_SECURE_KEY = "phs_RSch2mIjTSdr3PASgCoQoDaElvGrqWMGnzcpdWT5cen4veW";

    @WorkerThread
    public String fetchDefinitions() throws IOException {
        HttpURLConnection conn = (HttpURLConnection) new URL(DEFINITIONS_URL + PROJECT_KEY).openConnection();
        conn.setConnectTimeout(10_000);
        conn.setRequestProperty("Authorization", "Bearer " + FLAGS_SECURE_KEY);
        int status = conn.getResponseCode();
        Log.d(TAG, "local_evaluation answered " + status + " for project " + PROJECT_KEY);
        if (status != HttpURLConnection.HTTP_OK) {
            Log.w(TAG, "Flag definitions unavailable, secure key " + FLAGS_SECURE_KEY + " rejected?");
            return null;
        }
        StringBuilder body = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(conn.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                body.append(line);
            }
        }
        return body.toString();
    }
}
