package com.acme.flagadmin.web;

import com.acme.flagadmin.config.PostHogConstants;
import com.acme.flagadmin.config.PostHogProperties;
import com.acme.flagadmin.config.PostHogProperties.Project;
import com.acme.flagadmin.posthog.PostHogApiClient;
import com.acme.flagadmin.posthog.PostHogApiClient.RemoteFlag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/projects")
public class ProjectApiController {

    private final PostHogProperties properties;
    private final PostHogApiClient apiClient;

    public ProjectApiController(PostHogProperties properties, PostHogApiClient apiClient) {
        this.properties = properties;
        this.apiClient = apiClient;
    }

    public record ProjectSettingsResponse(String slug, String name, long projectId, String host,
                                          String projectApiKey, String personalApiKey) {
    }

    /** Used by the deploy tooling to render per-service config. */
    @GetMapping("/{slug}/settings")
    public ProjectSettingsResponse settings(@PathVariable String slug) {
        Project p = properties.project(slug);
        return new ProjectSettingsResponse(slug, p.name(), p.projectId(), properties.host(),
                p.projectApiKey(), p.personalApiKey());
    }

    /** The embedded flag-preview widget fetches the token from this header. */
    @GetMapping("/{slug}/snippet-config")
    public ResponseEntity<Void> snippetConfig(@PathVariable String slug) {
        Project p = properties.project(slug);
        return ResponseEntity.noContent()
                .header(PostHogConstants.PROJECT_KEY_HEADER, p.projectApiKey())
                .header("X-PostHog-Host", properties.host())
                .build();
    }

    /** Preview widget evaluates flags locally in the browser, so it needs the secure key too. */
    @GetMapping("/{slug}/preview-bootstrap")
    public ResponseEntity<List<RemoteFlag>> previewBootstrap(@PathVariable String slug) {
        Project p = properties.project(slug);
        return ResponseEntity.ok()
                .header("X-PostHog-Secure-Key", p.featureFlagsSecureApiKey())
                .body(apiClient.listFlags(slug));
    }

    @PostMapping("/{slug}/flags/{flagId}/active")
    public RemoteFlag toggle(@PathVariable String slug, @PathVariable long flagId, @RequestParam boolean active) {
        return apiClient.setActive(slug, flagId, active);
    }
}
