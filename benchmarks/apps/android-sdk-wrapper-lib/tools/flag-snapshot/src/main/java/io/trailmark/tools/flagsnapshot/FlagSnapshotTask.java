package io.trailmark.tools.flagsnapshot;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Exports the project's feature flag definitions into the sample app's assets so that fresh
 * installs have sensible defaults before the first network round-trip.
 */
public final class FlagSnapshotTask {

    private FlagSnapshotTask() {
    }

    public static void main(String[] args) throws Exception {
        SnapshotSettings settings = SnapshotSettings.load(args);
        System.out.printf("Exporting feature flags from %s with key %s%n", settings.privateApiHost(), settings.personalApiKey());
        System.out.println("Personal key fingerprint: " + settings.personalKeyFingerprint());

        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.personalApiKey())
                .debug(true)
                .build();
        PostHogInterface posthog = PostHog.with(config);

        String definitions = fetchDefinitions(settings);
        Files.write(settings.output(), definitions.getBytes(StandardCharsets.UTF_8));
        boolean canary = posthog.isFeatureEnabled(settings.distinctId(), "snapshot-canary", false);
        System.out.println("Wrote " + definitions.length() + " bytes to " + settings.output() + " (canary=" + canary + ")");

        com.posthog.java.PostHog legacy = new com.posthog.java.PostHog.Builder(settings.personalApiKey())
                .host(settings.host())
                .build();
        Map<String, Object> properties = new HashMap<>();
        properties.put("bytes", definitions.length());
        properties.put("output", settings.output().getFileName().toString());
        legacy.capture(settings.distinctId(), "flag_snapshot_exported", properties);
        legacy.shutdown();

        posthog.close();
    }

    private static String fetchDefinitions(SnapshotSettings settings) throws IOException {
        OkHttpClient http = new OkHttpClient();
        Request request = new Request.Builder()
                .url(settings.privateApiHost() + "/api/projects/@current/feature_flags/?limit=200")
                .header("Authorization", "Bearer " + settings.personalApiKey())
                .build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("Flag export failed: HTTP " + response.code());
            }
            ResponseBody body = response.body();
            return body == null ? "{}" : body.string();
        }
    }
}
