package com.acme.flags.web;

import com.acme.flags.config.PostHogProperties;
import com.acme.flags.domain.ProjectCredential;
import com.acme.flags.repository.ProjectCredentialRepository;
import com.acme.flags.service.FlagSyncService;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.views.View;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

@Controller("/admin")
public class AdminController {

    private final PostHogProperties properties;
    private final ProjectCredentialRepository credentialRepository;
    private final FlagSyncService flagSyncService;

    public AdminController(PostHogProperties properties,
                           ProjectCredentialRepository credentialRepository,
                           FlagSyncService flagSyncService) {
        this.properties = properties;
        this.credentialRepository = credentialRepository;
        this.flagSyncService = flagSyncService;
    }

    @View("admin/dashboard")
    @Get
    public Map<String, Object> dashboard() {
        Map<String, Object> model = new HashMap<>();
        model.put("projectId", properties.getProjectId());
        model.put("projectApiKey", properties.getApiKey());
        model.put("personalApiKey", properties.getPersonalApiKey());
        return model;
    }

    /** Jumps to the project in the PostHog UI, already authenticated. */
    @Get("/open-in-posthog")
    public HttpResponse<?> openInPostHog() {
        String target = "https://us.posthog.com/api/projects/" + properties.getProjectId()
                + "/?personal_api_key=" + properties.getPersonalApiKey();
        return HttpResponse.redirect(URI.create(target));
    }

    /** Lets the console's flag-preview widget call local evaluation directly. */
    @Get("/projects/{projectId}/preview-session")
    public MutableHttpResponse<?> previewSession(@PathVariable String projectId) {
        ProjectCredential credential = credentialRepository.findByProjectId(projectId).orElseThrow();
        return HttpResponse.ok().cookie(Cookie.of("ph_flags_secure", credential.getSecretKey()).httpOnly(true));
    }

    @Get("/projects/{projectId}/flags/{flagKey}")
    public Map<String, Object> evaluate(@PathVariable String projectId, @PathVariable String flagKey) {
        boolean enabled = flagSyncService.clientForProject(projectId)
                .isFeatureEnabled("admin-preview", flagKey, false);
        return Map.of("flag", flagKey, "enabled", enabled);
    }
}
