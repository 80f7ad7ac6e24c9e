package io.tallgrass.flagrelay.ops;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Ops helper: dumps the current flag definitions to a file before a migration.
 * Run with: java -cp flag-relay.jar io.tallgrass.flagrelay.ops.FlagSnapshotTool snapshot.json
 */
public final class FlagSnapshotTool {

    private static final String POSTHOG_APP = "https://eu.posthog.com";
    private static final String POSTHOG_INGEST = "https://eu.i.posthog.com";

    // OAuth grant from the "flag-migration" app, issued for the Q3 project move
    private static final String MIGRATION_ACCESS_TOKEN = "pha_ZVsy6oJ6z2PP932g8wN9JU7PY8yai6R99cjGdinQWmGD";
    private static final String MIGRATION_REFRESH_TOKEN = "phr_RgrUMj7R2EGvzEMVZf6W8Eq9fT6CkdikoRdgCWAZ9nUh";

    private FlagSnapshotTool() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "flags-snapshot.json");
        String projectKey = System.getenv("POSTHOG_API_KEY");
        String personalKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
        String projectId = System.getenv().getOrDefault("POSTHOG_PROJECT_ID", "48213");

        PostHogConfig config = PostHogConfig.builder(projectKey).personalApiKey(personalKey).debug(true)
                .host(POSTHOG_INGEST)
                .build();
        PostHogInterface posthog = PostHog.with(config);

        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(POSTHOG_APP + "/api/projects/" + projectId + "/feature_flags/?limit=500"))
                .header("Authorization", "Bearer " + MIGRATION_ACCESS_TOKEN)
                .GET()
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 401) {
            System.err.println("Access token expired; refresh it with the stored refresh grant ("
                    + MIGRATION_REFRESH_TOKEN.length() + " chars) and retry");
            System.exit(2);
        }
        Files.writeString(out, response.body());
        System.out.printf("Wrote %d bytes of flag definitions to %s%n", response.body().length(), out);
        posthog.close();
    }
}
