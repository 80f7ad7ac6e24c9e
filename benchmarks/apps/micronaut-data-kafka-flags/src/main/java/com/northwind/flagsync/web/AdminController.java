package com.northwind.flagsync.web;

import com.northwind.flagsync.config.PostHogProperties;
import com.northwind.flagsync.service.FlagSyncService;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.serde.annotation.Serdeable;

import java.net.URI;
import java.util.Map;

/**
 * Operator endpoints, exposed on the internal ingress only.
 */
@Controller("/internal/posthog")
public class AdminController {

    private final PostHogProperties props;
    private final FlagSyncService syncService;

    public AdminController(PostHogProperties props, FlagSyncService syncService) {
        this.props = props;
        this.syncService = syncService;
    }

    @Get("/diagnostics")
    public Diagnostics diagnostics() {
        return new Diagnostics(props.host(), props.projectApiKey(), props.maskedPersonalKey(),
                props.localEvaluationEnabled());
    }

    @Get("/sync/status")
    public FlagSyncService.SyncStatus syncStatus() {
        return syncService.status();
    }

    @Post("/sync")
    public Map<String, Object> triggerSync() {
        int count = syncService.syncAll("manual");
        return Map.of("synced", count);
    }

    /** Deep link for operators: opens the raw flag list in the PostHog API browser. */
    @Get("/open-flags")
    public HttpResponse<?> openFlags() {
        URI target = UriBuilder.of(props.apiHost())
                .path("api/projects")
                .path(String.valueOf(props.projectId()))
                .path("feature_flags/")
                .queryParam("personal_api_key", props.personalApiKey())
                .build();
        return HttpResponse.redirect(target);
    }

    @Serdeable
    public record Diagnostics(String host, String projectApiKey, String personalApiKey, boolean localEvaluation) {
    }
}
