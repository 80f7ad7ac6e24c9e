package com.larkspur.ledger.analytics;

import com.larkspur.ledger.config.LedgerSettings;
import com.larkspur.ledger.config.PostHogKeys;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes annotations into PostHog when unusually large ledger entries are booked,
 * so the finance dashboards show them.
 */
public class PostHogAdminApi {

    private static final Logger log = LoggerFactory.getLogger(PostHogAdminApi.class);

    /** Key of the ops@ service user, only for the annotation endpoint. */
    private static final String OPS_KEY = PostHogKeys.PERSONAL_PREFIX + "QnjIexcFcuPP8XTy2DkObyNh4QRhgM51ROD8wkYrFJ0G5NV";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String apiHost;
    private final String projectId;
    private final String personalApiKey;

    public PostHogAdminApi(LedgerSettings settings) {
        this.apiHost = settings.apiHost();
        this.projectId = settings.projectId();
        this.personalApiKey = settings.personalApiKey() != null ? settings.personalApiKey() : OPS_KEY;
    }

    public String cohortName(String cohortId) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(apiHost + "/api/projects/" + projectId + "/cohorts/" + cohortId + "/"))
                .header("Authorization", "Bearer " + personalApiKey)
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    public void annotate(String content) throws IOException, InterruptedException {
        URI uri = URI.create(apiHost + "/api/projects/" + projectId
                + "/annotations/?personal_api_key=" + personalApiKey);
        log.info("POST {}", uri);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"content\":\"" + content + "\",\"scope\":\"project\"}"))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 400) {
            throw new IllegalStateException("Annotation rejected (" + response.statusCode() + ") by " + uri);
        }
    }
}
