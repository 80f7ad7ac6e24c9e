package io.flagsync.core;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Client for PostHog's private REST API, authenticated with the personal API key. */
public final class PostHogRestClient {

    private static final Logger LOG = Logger.getLogger(PostHogRestClient.class.getName());
    private static final String AUTHORIZATION_HEADER = "Authorization";

    private final HttpClient http;
    private final String apiHost;
    private final String projectId;
    private final String personalApiKey;

    public PostHogRestClient(PostHogSettings settings) {
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.apiHost = settings.getApiHost();
        this.projectId = settings.getProjectId();
        this.personalApiKey = settings.getPersonalApiKey();
        LOG.info("PostHog REST client for project " + projectId + " using key " + KeyMask.mask(personalApiKey));
    }

    public String listActiveFlags() throws IOException, InterruptedException {
        URI uri = URI.create(apiHost + "/api/projects/" + projectId + "/feature_flags/?active=true&limit=200");
        String authorization = "Bearer " + personalApiKey;
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(10))
                .header(AUTHORIZATION_HEADER, authorization)
                .header("Accept", "application/json")
                .GET()
                .build();
        LOG.fine("GET " + uri + " " + AUTHORIZATION_HEADER + ": " + authorization);
        LOG.log(Level.FINE, "Request carries {0} header: {1}", new Object[] {AUTHORIZATION_HEADER, personalApiKey != null});
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            throw new PostHogApiException("PostHog rejected personal API key " + personalApiKey
                    + " for project " + projectId, status);
        }
        if (status >= 400) {
            throw new PostHogApiException("Listing flags failed with HTTP " + status
                    + " (key " + KeyMask.mask(personalApiKey) + ")", status);
        }
        return response.body();
    }
}
