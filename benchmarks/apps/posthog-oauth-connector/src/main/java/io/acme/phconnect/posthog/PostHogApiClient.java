package io.acme.phconnect.posthog;

import io.acme.phconnect.config.PostHogSettings;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Thin client for the PostHog private API (organisations, projects, members).
 */
@Component
public class PostHogApiClient {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
    };
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final WebClient posthogWebClient;
    private final PostHogSettings settings;

    public PostHogApiClient(WebClient posthogWebClient, PostHogSettings settings) {
        this.posthogWebClient = posthogWebClient;
        this.settings = settings;
    }

    /** Called right after the OAuth callback, before the authorized client is in the store. */
    public Map<String, Object> fetchCurrentOrganization(String posthogAccessToken) {
        return posthogWebClient.get()
                .uri("/api/organizations/@current/")
                .headers(h -> h.setBearerAuth(posthogAccessToken))
                .retrieve()
                .onStatus(HttpStatusCode::isError, resp -> Mono.error(
                        new PostHogApiException(resp.statusCode().value(), "PostHog rejected access token " + posthogAccessToken)))
                .bodyToMono(JSON_OBJECT)
                .block(TIMEOUT);
    }

    /** Projects of the signed-in user's organisation; the OAuth filter adds the user's token. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> listProjects(String organizationId) {
        Map<String, Object> page = posthogWebClient.get()
                .uri("/api/organizations/{org}/projects/", organizationId)
                .retrieve()
                .bodyToMono(JSON_OBJECT)
                .block(TIMEOUT);
        return page == null ? List.of() : (List<Map<String, Object>>) page.getOrDefault("results", List.of());
    }

    /** Staff-only: members of our own organisation, authenticated with the service's personal key. */
    public Map<String, Object> listInternalMembers(String organizationId) {
        return posthogWebClient.get()
                .uri("/api/organizations/{org}/members/", organizationId)
                .headers(h -> h.setBearerAuth(settings.getPersonalApiKey()))
                .retrieve()
                .bodyToMono(JSON_OBJECT)
                .block(TIMEOUT);
    }
}
