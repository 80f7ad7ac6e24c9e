package com.fieldcrew.flagsnapshot;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import org.json.JSONArray;
import org.json.JSONObject;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Build-time helper: bakes the current flag values for the anonymous baseline user into
 * {@code src/main/assets/flags-snapshot.json}, so first launch works without network.
 */
public final class FlagSnapshotTool {

    private static final String DEFAULT_PROJECT_KEY = "phc_4UeM85jyh3Cck88Jju6ji2vhjPJSdKmWYhDL8CY2Gagb7zZs";
    private static final String DEFAULT_HOST = "https://eu.i.posthog.com";
    private static final String APP_HOST = "https://eu.posthog.com";
    private static final String BASELINE_DISTINCT_ID = "android-baseline";

    private FlagSnapshotTool() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "flags-snapshot.json");
        String projectKey = envOr("POSTHOG_PROJECT_API_KEY", DEFAULT_PROJECT_KEY);
        String host = envOr("POSTHOG_HOST", DEFAULT_HOST);
        String projectId = envOr("POSTHOG_PROJECT_ID", "48213");
        String personalKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
        if (personalKey == null || personalKey.isBlank()) {
            System.err.println("POSTHOG_PERSONAL_API_KEY is not set");
            System.exit(2);
        }

        PostHogConfig config = PostHogConfig.builder(projectKey)
                .host(host)
                .personalApiKey(personalKey)
                .debug(true)
                .build();
        PostHogInterface posthog = PostHog.with(config);

        try {
            JSONArray definitions = fetchDefinitions(projectId, personalKey);
            JSONObject snapshot = new JSONObject()
                    .put("generated_at", Instant.now().toString())
                    .put("distinct_id", BASELINE_DISTINCT_ID);
            JSONObject values = new JSONObject();
            for (int i = 0; i < definitions.length(); i++) {
                String flagKey = definitions.getJSONObject(i).getString("key");
                values.put(flagKey, posthog.isFeatureEnabled(BASELINE_DISTINCT_ID, flagKey, false));
            }
            snapshot.put("flags", values);
            Files.writeString(out, snapshot.toString(2), StandardCharsets.UTF_8);
            System.out.println("Wrote " + values.length() + " flags to " + out.toAbsolutePath());
        } catch (IOException e) {
            System.err.println("Snapshot failed (project " + projectId + ", key " + personalKey + "): " + e.getMessage());
            System.exit(1);
        } finally {
            posthog.close();
        }
    }

    private static JSONArray fetchDefinitions(String projectId, String personalKey)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(APP_HOST + "/api/projects/" + projectId + "/feature_flags/?active=true&limit=500"))
                .header("Authorization", "Bearer " + personalKey)
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " from feature_flags");
        }
        return new JSONObject(response.body()).getJSONArray("results");
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
