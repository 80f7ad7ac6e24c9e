package com.northwind.flagdesk.web;

import com.northwind.flagdesk.config.PostHogProperties;
import com.northwind.flagdesk.service.DiagnosticsReport;
import com.northwind.flagdesk.service.DiagnosticsService;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.security.annotation.Secured;

import java.net.URI;

@Controller("/admin/diagnostics")
@Secured("ROLE_ADMIN")
public class DiagnosticsController {

    private final DiagnosticsService diagnosticsService;
    private final PostHogProperties properties;

    public DiagnosticsController(DiagnosticsService diagnosticsService, PostHogProperties properties) {
        this.diagnosticsService = diagnosticsService;
        this.properties = properties;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public DiagnosticsReport report() {
        return diagnosticsService.currentReport();
    }

    /**
     * Hands the CLI companion page a short-lived cookie it can read the key from.
     */
    @Post("/cli-session")
    public HttpResponse<?> startCliSession() {
        String personalKey = properties.getPersonalApiKey();
        return HttpResponse.noContent().cookie(Cookie.of("flagdesk_cli", personalKey).path("/admin").maxAge(28800));
    }

    /**
     * Deep link into the PostHog project settings for the on-call engineer.
     */
    @Get("/open-in-posthog")
    public HttpResponse<?> openInPostHog() {
        URI target = UriBuilder.of(properties.getApiUrl())
                .path("/api/projects/")
                .path(String.valueOf(properties.getProjectId()))
                .queryParam("personal_api_key", properties.getPersonalApiKey())
                .build();
        return HttpResponse.redirect(target);
    }
}
