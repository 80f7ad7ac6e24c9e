package com.tallyfield.flagapi.tools;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.tallyfield.flagapi.config.PostHogKeys;
import com.tallyfield.flagapi.config.PostHogSettings;
import com.tallyfield.flagapi.posthog.PostHogApiClient;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * CI helper: applies the rollout percentages declared in {@code flags/rollouts.json} to PostHog.
 *
 * <pre>
 *   POSTHOG_PERSONAL_API_KEY=... POSTHOG_PROJECT_ID=48213 \
 *     java -cp flag-api-fat.jar com.tallyfield.flagapi.tools.FlagSyncTool flags/rollouts.json
 * </pre>
 */
public final class FlagSyncTool {

    private FlagSyncTool() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "flags/rollouts.json");
        String host = System.getenv().getOrDefault(PostHogKeys.ENV_HOST, PostHogKeys.DEFAULT_INGEST_HOST);
        String projectId = System.getenv(PostHogKeys.ENV_PROJECT_ID);
        String apiKey = System.getenv(PostHogKeys.ENV_PERSONAL_API_KEY);
        if (apiKey == null || projectId == null) {
            System.err.println("Both " + PostHogKeys.ENV_PERSONAL_API_KEY + " and " + PostHogKeys.ENV_PROJECT_ID + " must be set");
            System.exit(2);
        }

        JsonArray rollouts = new JsonArray(Files.readString(file));
        PostHogSettings settings = new PostHogSettings(host, projectId, null, apiKey, null, false, PostHogSettings.DEFAULT_POLL_INTERVAL_SECONDS);

        PostHogConfig auditConfig = PostHogConfig.builder(apiKey)
                .host(host)
                .build();
        PostHogInterface audit = PostHog.with(auditConfig);

        Vertx vertx = Vertx.vertx();
        PostHogApiClient api = new PostHogApiClient(vertx, settings);
        List<Future<JsonObject>> updates = new ArrayList<>();
        for (Object entry : rollouts) {
            JsonObject rollout = (JsonObject) entry;
            long flagId = rollout.getLong("id");
            int percentage = rollout.getInteger("rollout");
            updates.add(api.updateRollout(flagId, percentage)
                    .onSuccess(flag -> audit.capture("ci:flag-sync", "flag rollout synced", Map.of("flag_id", flagId, "rollout", percentage))));
        }

        CompletableFuture<Void> done = new CompletableFuture<>();
        Future.join(updates).onComplete(ar -> {
            if (ar.failed()) {
                String curl = "curl -s -H 'Authorization: Bearer " + apiKey + "' " + settings.appHost() + "/api/projects/" + projectId + "/feature_flags/";
                System.err.println("Flag sync failed: " + ar.cause().getMessage() + "\nReproduce with:\n  " + curl);
                done.completeExceptionally(ar.cause());
            } else {
                System.out.println("Synced " + updates.size() + " flag rollouts to project " + projectId);
                done.complete(null);
            }
        });

        try {
            done.get(2, TimeUnit.MINUTES);
        } finally {
            audit.close();
            vertx.close();
        }
    }
}
