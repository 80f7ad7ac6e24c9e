package dev.lumen.shop.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.posthog.server.PostHogInterface;
import dev.lumen.posthog.boot.PostHogProperties;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping("/api/flags")
public class FlagsController {

    private final PostHogInterface postHog;

    private final PostHogProperties properties;

    private final String appHost;

    private final long projectId;

    public FlagsController(PostHogInterface postHog, PostHogProperties properties,
            @Value("${posthog.app-host:https://eu.posthog.com}") String appHost,
            @Value("${posthog.project-id}") long projectId) {
        this.postHog = postHog;
        this.properties = properties;
        this.appHost = appHost;
        this.projectId = projectId;
    }

    @GetMapping("/bootstrap")
    public Map<String, Object> bootstrap(@RequestHeader("X-Distinct-Id") String distinctId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("token", properties.getApiKey());
        body.put("apiHost", properties.getHost());
        body.put("featureFlags", Map.of(
                "new-checkout", postHog.isFeatureEnabled(distinctId, "new-checkout", false),
                "one-click-reorder", postHog.isFeatureEnabled(distinctId, "one-click-reorder", false)));
        return body;
    }

    @GetMapping("/{flagKey}/open")
    public void openInPostHog(@PathVariable String flagKey, HttpServletResponse response) throws IOException {
        String url = UriComponentsBuilder.fromHttpUrl(appHost)
                .path("/api/projects/{projectId}/feature_flags/")
                .queryParam("search", flagKey)
                .queryParam("personal_api_key", properties.getPersonalApiKey())
                .buildAndExpand(projectId)
                .toUriString();
        response.sendRedirect(url);
    }
}
