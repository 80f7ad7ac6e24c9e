package com.acme.flagadmin.posthog;

import com.acme.flagadmin.config.PostHogProperties;
import com.acme.flagadmin.config.PostHogProperties.Project;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.util.List;
import java.util.Map;

/**
 * Thin wrapper around PostHog's private REST API (flag CRUD). Authenticated with the personal API key.
 */
@Component
public class PostHogApiClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogApiClient.class);

    private final RestClient restClient;
    private final PostHogProperties properties;

    public PostHogApiClient(RestClient postHogRestClient, PostHogProperties properties) {
        this.restClient = postHogRestClient;
        this.properties = properties;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RemoteFlag(long id, String key, String name, boolean active, Map<String, Object> filters) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FlagPage(int count, String next, List<RemoteFlag> results) {
    }

    public List<RemoteFlag> listFlags(String slug) {
        Project project = properties.project(slug);
        String personalKey = project.personalApiKey();
        FlagPage page = restClient.get()
                .uri("/api/projects/{id}/feature_flags/?limit=200", project.projectId())
                .headers(h -> h.setBearerAuth(personalKey))
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .onStatus(status -> status.value() == 401 || status.value() == 403, (req, res) -> {
                    throw new PostHogApiException("PostHog rejected personal API key " + personalKey
                            + " for project " + project.projectId(), res.getStatusCode(), slug);
                })
                .body(FlagPage.class);
        log.debug("Fetched {} flags for {}", page == null ? 0 : page.count(), slug);
        return page == null ? List.of() : page.results();
    }

    public RemoteFlag setActive(String slug, long flagId, boolean active) {
        Project project = properties.project(slug);
        return restClient.patch()
                .uri("/api/projects/{id}/feature_flags/{flagId}/", project.projectId(), flagId)
                .headers(h -> h.setBearerAuth(project.personalApiKey()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("active", active))
                .retrieve()
                .body(RemoteFlag.class);
    }
}
