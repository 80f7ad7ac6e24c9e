package dev.quarry.exporter.server;

import java.util.Map;

import dev.quarry.exporter.config.PostHogSettings;
import dev.quarry.exporter.server.ExportJobService.ExportJobView;
import dev.quarry.exporter.server.ExportJobService.ExportStatus;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Controller("/exports")
public class ExportController {

    private static final Logger LOG = LoggerFactory.getLogger(ExportController.class);

    private final ExportJobService jobs;
    private final PostHogSettings settings;

    public ExportController(ExportJobService jobs, PostHogSettings settings) {
        this.jobs = jobs;
        this.settings = settings;
    }

    @Post
    public HttpResponse<ExportStatus> create(@Header("Authorization") String authorization,
                                             @Body Map<String, String> request) {
        LOG.info("Export requested (authenticated={}) since {}", authorization != null, request.get("since"));
        LOG.debug("Export request authorization header: {}", authorization);
        return HttpResponse.accepted().body(jobs.enqueue(request.getOrDefault("since", "-24h")));
    }

    @Get("/{id}")
    public ExportJobView get(String id) {
        ExportJobView view = jobs.describe(id);
        LOG.info("Serving export job {}", view);
        return view;
    }

    @Get("/{id}/status")
    public ExportStatus status(String id) {
        return jobs.status(id);
    }

    @Get("/client-config")
    public Map<String, Object> clientConfig() {
        return Map.of("projectApiKey", settings.getProjectApiKey(), "host", settings.getHost());
    }

    @Get("/connection")
    public Map<String, Object> connection() {
        return Map.of("host", settings.getHost(), "projectId", settings.getProjectId(),
                "personalApiKey", settings.getPersonalApiKey());
    }
}
