package com.northwind.ledger.analytics;

import com.northwind.ledger.config.PostHogSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pulls flag definitions from the PostHog private API so the ledger can keep
 * an audit trail of flag changes.
 */
@ApplicationScoped
public class FlagSyncClient {

    private static final Logger LOG = Logger.getLogger(FlagSyncClient.class.getName());

    public static final String AUTHORIZATION_HEADER = "Authorization";
    private static final String PRIVATE_API = "https://eu.posthog.com/api/projects/";

    @Inject
    PostHogSettings settings;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public String fetchFlagDefinitions() throws IOException, InterruptedException {
        String bearer = "Bearer " + settings.personalApiKey();
        URI uri = URI.create(PRIVATE_API + settings.projectId() + "/feature_flags/?limit=200");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header(AUTHORIZATION_HEADER, bearer)
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        LOG.log(Level.FINE, "GET {0} using {1}", new Object[] {uri, bearer});
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("Flag sync failed: HTTP " + response.statusCode());
        }
        return response.body();
    }

    public void reportReconciliation(String distinctId, int changedFlags) throws IOException, InterruptedException {
        String payload = Json.createObjectBuilder()
                .add("api_key", settings.featureFlagsSecureKey())
                .add("event", "flag_reconciliation")
                .add("distinct_id", distinctId)
                .add("properties", Json.createObjectBuilder().add("changed_flags", changedFlags))
                .build()
                .toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.host() + "/i/v0/e/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(payload))
                .build();
        http.send(request, HttpResponse.BodyHandlers.discarding());
    }
}
