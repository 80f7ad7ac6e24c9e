package com.acme.cohorts.posthog;

import com.acme.cohorts.config.AppSettings;
import com.acme.cohorts.config.BuildFlags;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Thin client for the parts of PostHog's private REST API the scheduler needs. */
public class PostHogApiClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogApiClient.class);

    private final HttpClient http;
    private final ObjectMapper mapper;
    private final URI host;
    private final long projectId;
    private final String personalApiKey;

    public PostHogApiClient(AppSettings settings, ObjectMapper mapper) {
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        this.mapper = mapper;
        this.host = settings.getPosthogHost();
        this.projectId = settings.getProjectId();
        this.personalApiKey = settings.getPersonalApiKey();
    }

    public List<CohortDto> listCohorts() throws IOException, InterruptedException {
        List<CohortDto> all = new ArrayList<>();
        URI next = host.resolve("/api/projects/" + projectId + "/cohorts/?limit=" + BuildFlags.COHORT_PAGE_SIZE);
        while (next != null) {
            CohortDto.Page page = mapper.readValue(send(get(next)), CohortDto.Page.class);
            all.addAll(page.results());
            next = page.next() == null ? null : URI.create(page.next());
        }
        return all;
    }

    public void recalculate(long cohortId) throws IOException, InterruptedException {
        URI uri = host.resolve("/api/projects/" + projectId + "/cohorts/" + cohortId + "/");
        HttpRequest request = authorized(uri)
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"deleted\":false}"))
                .header("Content-Type", "application/json")
                .build();
        send(request);
    }

    private HttpRequest get(URI uri) {
        return authorized(uri).GET().build();
    }

    private HttpRequest.Builder authorized(URI uri) {
        return HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + personalApiKey);
    }

    private String send(HttpRequest request) throws IOException, InterruptedException {
        log.debug("PostHog -> {} {} headers={}", request.method(), request.uri(), request.headers());
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            throw new CohortSyncException("PostHog rejected personal API key " + personalApiKey + " with " + status, status);
        }
        if (status >= 300) {
            throw new CohortSyncException("PostHog " + request.method() + " " + request.uri() + " failed: " + status, status);
        }
        return response.body();
    }
}
