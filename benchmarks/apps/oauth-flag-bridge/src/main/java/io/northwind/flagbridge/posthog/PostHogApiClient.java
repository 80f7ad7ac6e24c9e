package io.northwind.flagbridge.posthog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.northwind.flagbridge.config.FlagBridgeProperties;
import io.northwind.flagbridge.oauth.PostHogCredentials;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Thin client for the parts of PostHog's private API the bridge needs, called on behalf of a
 * connected organisation with its OAuth access token.
 */
@Component
public class PostHogApiClient {

    private final RestClient restClient;

    public PostHogApiClient(RestClient.Builder builder, FlagBridgeProperties properties) {
        this.restClient = builder.clone()
                .baseUrl(properties.appHost())
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .defaultHeader(HttpHeaders.USER_AGENT, "northwind-flag-bridge/0.9")
                .build();
    }

    public CurrentUser currentUser(String accessToken) {
        return restClient.get()
                .uri("/api/users/@me/")
                .headers(headers -> headers.setBearerAuth(accessToken))
                .retrieve()
                .body(CurrentUser.class);
    }

    public List<FeatureFlag> listFeatureFlags(PostHogCredentials credentials, long projectId) {
        FeatureFlagPage page = restClient.get()
                .uri("/api/projects/{projectId}/feature_flags/?limit=200", projectId)
                .headers(headers -> headers.setBearerAuth(credentials.accessToken()))
                .retrieve()
                .body(FeatureFlagPage.class);
        return page == null || page.results() == null ? List.of() : page.results();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CurrentUser(String uuid, String email, Organization organization, Team team) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Organization(String id, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Team(long id, String name, @JsonProperty("api_token") String apiToken) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FeatureFlag(
            long id,
            String key,
            String name,
            boolean active,
            boolean deleted,
            Map<String, Object> filters,
            @JsonProperty("updated_at") Instant updatedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FeatureFlagPage(String next, List<FeatureFlag> results) {
    }
}
