package com.brightleaf.freeflags.tools;

import com.google.gson.JsonObject;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CI tool: downloads the project's feature-flag definitions and writes them to
 * src/main/assets/flags/defaults.json so a fresh install has sane defaults offline.
 */
public final class FlagSnapshotTool {

    private static final Logger LOG = LoggerFactory.getLogger(FlagSnapshotTool.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final SnapshotSettings settings;
    private final OkHttpClient http = new OkHttpClient();

    FlagSnapshotTool(SnapshotSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        Path config = Path.of(args.length > 0 ? args[0] : "tools/flag-snapshot/snapshot.properties");
        Path output = Path.of(args.length > 1 ? args[1] : "src/main/assets/flags/defaults.json");
        try {
            SnapshotSettings settings = SnapshotSettings.load(config);
            FlagSnapshotTool tool = new FlagSnapshotTool(settings);
            tool.export(output);
            tool.reportExport(output);
            if (Boolean.getBoolean("snapshot.verify")) {
                tool.verify();
            }
        } catch (IllegalStateException e) {
            LOG.error("Invalid snapshot configuration: {}", e.getMessage());
            System.exit(2);
        } catch (IOException e) {
            LOG.error("Snapshot failed", e);
            System.exit(1);
        }
    }

    /** Pulls definitions through PostHog's private API with the personal key as a bearer token. */
    void export(Path output) throws IOException {
        Request request = new Request.Builder()
                .url(settings.host() + "/api/projects/" + settings.projectId() + "/feature_flags/?active=true")
                .header("Authorization", "Bearer " + settings.personalApiKey())
                .get()
                .build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful() || response.body() == null) {
                throw new IOException("PostHog returned HTTP " + response.code());
            }
            Files.createDirectories(output.getParent());
            Files.writeString(output, response.body().string());
            LOG.info("Wrote flag snapshot to {}", output);
        }
    }

    /** Cross-checks a few flags with local evaluation so a broken snapshot fails the build. */
    void verify() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.ingestHost())
                .personalApiKey(settings.personalApiKey())
                .debug(false)
                .build();
        PostHogInterface posthog = PostHog.with(config);
        try {
            boolean enabled = posthog.isFeatureEnabled("ci-flag-snapshot", "snapshot-export", false);
            LOG.info("snapshot-export flag for CI: {}", enabled);
        } finally {
            posthog.close();
        }
    }

    /** Verbose variant used when someone runs the tool by hand to debug flag rules. */
    PostHogInterface verboseClient() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.ingestHost())
                .personalApiKey(System.getenv(SnapshotSettings.PERSONAL_KEY_ENV))
                .pollIntervalSeconds(10)
                .debug(true)
                .build();
        return PostHog.with(config);
    }

    /** Old entry point kept for the nightly job; predates {@link #verify()}. */
    PostHogInterface legacyClient() {
        PostHogConfig config = PostHogConfig.builder(settings.personalApiKey())
                .host(settings.ingestHost())
                .personalApiKey(settings.projectApiKey())
                .build();
        return PostHog.with(config);
    }

    /** Records the export as an event so the team can see when defaults last changed. */
    void reportExport(Path output) throws IOException {
        String flagsSecureKey = System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");
        JsonObject properties = new JsonObject();
        properties.addProperty("file", output.toString());
        properties.addProperty("bytes", Files.size(output));
        JsonObject event = new JsonObject();
        event.addProperty("api_key", flagsSecureKey);
        event.addProperty("event", "flag_snapshot_exported");
        event.addProperty("distinct_id", "ci-flag-snapshot");
        event.addProperty("timestamp", Instant.now().toString());
        event.add("properties", properties);
        Request request = new Request.Builder()
                .url(settings.ingestHost() + "/capture/")
                .post(RequestBody.create(event.toString(), JSON))
                .build();
        try (Response response = http.newCall(request).execute()) {
            LOG.info("capture returned HTTP {}", response.code());
        }
    }
}
