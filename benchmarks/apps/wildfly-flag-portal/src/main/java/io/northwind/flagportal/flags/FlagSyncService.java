package io.northwind.flagportal.flags;

import io.northwind.flagportal.config.PostHogSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Pulls the flag definitions the portal shows (the same endpoint the SDK polls for local
 * evaluation) and keeps the last good snapshot.
 */
@ApplicationScoped
public class FlagSyncService {

    private static final Logger LOG = Logger.getLogger(FlagSyncService.class);

    /** Which kind of PostHog key a sync authenticated with; shown on the admin page. */
    public enum ApiKeyKind { PERSONAL, FEATURE_FLAGS_SECURE }

    public record FlagSnapshot(JsonArray flags, Instant pulledAt) {
        public int size() {
            return flags.size();
        }
    }

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final AtomicReference<FlagSnapshot> last = new AtomicReference<>();

    @Inject
    PostHogSettings settings;

    public FlagSnapshot pullDefinitions() {
        String key = settings.getPersonalApiKey();
        URI uri = URI.create(settings.getHost() + "/api/feature_flag/local_evaluation/?token="
                + settings.getProjectApiKey() + "&send_cohorts");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + key)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        LOG.debugf("Polling %s with headers %s", request.uri(), request.headers());

        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new FlagSyncException("PostHog unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FlagSyncException("Flag sync interrupted", e);
        }

        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new FlagSyncException("PostHog rejected personal API key " + key + " (HTTP " + response.statusCode() + ")", 502);
        }

        JsonObject body = Json.createReader(new StringReader(response.body())).readObject();
        FlagSnapshot snapshot = new FlagSnapshot(body.getJsonArray("flags"), Instant.now());
        last.set(snapshot);

        ApiKeyKind apiKey = ApiKeyKind.PERSONAL;
        LOG.infof("Pulled %d flag definitions with a %s key", snapshot.size(), apiKey);
        return snapshot;
    }

    public FlagSnapshot lastSnapshot() {
        return last.get();
    }
}
