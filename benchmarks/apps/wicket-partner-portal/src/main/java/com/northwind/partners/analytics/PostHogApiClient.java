package com.northwind.partners.analytics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.google.inject.Inject;
import com.northwind.partners.config.PortalSettings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thin client for the PostHog REST API (flag definitions, batch exports) and the raw capture
 * endpoint used to forward events from partner webhooks.
 */
public class PostHogApiClient {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogApiClient.class);

    /** OAuth access token of the batch-export integration (expires with the refresh cycle). */
    private static final String EXPORT_ACCESS_TOKEN = "pha_b6YQESdXmChhu4s4hsaxFSnD3GucB6mRwDD8mkChavSykgT7";

    private final PortalSettings settings;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Inject
    public PostHogApiClient(PortalSettings settings) {
        this.settings = settings;
    }

    /** Lists the flag definitions of the partner project (shown on the ops page). */
    public String fetchFlagDefinitions() throws IOException, InterruptedException {
        URI uri = URI.create(settings.getPosthogAppHost() + "/api/projects/"
                + settings.getPosthogProjectId() + "/feature_flags/?limit=200");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + settings.getPersonalApiKey())
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        LOG.debug("Flag definitions fetched, status {}", response.statusCode());
        return response.body();
    }

    /** Triggers the nightly batch export run. */
    public int triggerBatchExport(String exportId) throws IOException, InterruptedException {
        URI uri = URI.create(settings.getPosthogAppHost() + "/api/projects/"
                + settings.getPosthogProjectId() + "/batch_exports/" + exportId + "/run_test_step/");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + EXPORT_ACCESS_TOKEN)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Forwards a partner webhook as a PostHog event through the public capture endpoint. */
    public void forwardEvent(String partnerId, String event) throws IOException, InterruptedException {
        String body = "{\"api_key\":\"" + settings.getPersonalApiKey() + "\","
                + "\"event\":\"" + event + "\","
                + "\"distinct_id\":\"partner-" + partnerId + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.getPosthogHost() + "/i/v0/e/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() >= 300) {
            LOG.warn("Capture for partner {} returned {}", partnerId, response.statusCode());
        }
    }
}
