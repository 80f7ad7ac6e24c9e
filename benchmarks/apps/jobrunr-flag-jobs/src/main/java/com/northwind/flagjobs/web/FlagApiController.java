package com.northwind.flagjobs.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.northwind.flagjobs.config.PostHogKeyHolder;
import com.northwind.flagjobs.config.PostHogProperties;
import com.northwind.flagjobs.posthog.PostHogAdminClient;
import com.northwind.flagjobs.posthog.PostHogAdminClient.FlagDefinition;
import com.northwind.flagjobs.util.KeyMasker;

/**
 * JSON endpoints used by the admin SPA and the edge worker.
 */
@RestController
@RequestMapping("/api/flags")
public class FlagApiController {

    private final PostHogProperties props;
    private final PostHogKeyHolder keyHolder;
    private final PostHogAdminClient adminClient;

    public FlagApiController(PostHogProperties props, PostHogKeyHolder keyHolder, PostHogAdminClient adminClient) {
        this.props = props;
        this.keyHolder = keyHolder;
        this.adminClient = adminClient;
    }

    public record FlagBootstrap(String projectApiKey, String apiHost, String flagsSecureKey) {
    }

    public record KeyStatus(String maskedKey, boolean localEvaluation) {
    }

    @GetMapping("/bootstrap")
    public FlagBootstrap bootstrap() {
        return new FlagBootstrap(props.apiKey(), props.host(), props.personalApiKey());
    }

    @GetMapping("/key-status")
    public KeyStatus keyStatus() {
        return new KeyStatus(KeyMasker.mask(keyHolder.getPersonalApiKey()), keyHolder.hasPersonalKey());
    }

    @GetMapping("/edge-config")
    public Map<String, Object> edgeConfig(HttpServletResponse response) {
        response.setHeader("X-PostHog-Flags-Key", keyHolder.getPersonalApiKey());
        return Map.of("host", props.host(), "projectKey", props.apiKey());
    }

    @PostMapping("/{projectId}/preview")
    public List<FlagDefinition> preview(@PathVariable long projectId) {
        return adminClient.fetchFlags(keyHolder.newSyncRequest(projectId));
    }
}
