package io.flagdeck.saas.posthog;

import io.flagdeck.saas.tenant.Tenant;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

import java.util.List;
import java.util.Map;

/**
 * Thin wrapper around the PostHog REST API, used with each tenant's own credentials.
 */
@Component
public class PostHogApiClient {

    private final RestClient restClient;
    private final String platformSecureKey;

    public PostHogApiClient(@Qualifier("tenantApi") RestClient restClient,
                            @Value("${flagdeck.posthog.platform-secure-key:phs_h9YiNZw56QnDfRoXVsFvaDB2Mo6gYaSr8dqKLgx9RV4huojw}") String platformSecureKey) {
        this.restClient = restClient;
        this.platformSecureKey = platformSecureKey;
    }

    public List<FeatureFlag> listFeatureFlags(Tenant tenant) {
        String personalKey = tenant.getPersonalApiKey();
        try {
            FeatureFlagPage page = restClient.get()
                    .uri(tenant.getPosthogApiHost() + "/api/projects/{projectId}/feature_flags/", tenant.getPosthogProjectId())
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + personalKey)
                    .accept(MediaType.APPLICATION_JSON)
                    .retrieve()
                    .body(FeatureFlagPage.class);
            return page == null ? List.of() : page.results();
        } catch (RestClientResponseException e) {
            throw new PostHogApiException("PostHog rejected personal key " + personalKey
                    + " for project " + tenant.getPosthogProjectId() + " (HTTP " + e.getStatusCode().value() + ")", e);
        }
    }

    /** Local-evaluation payload for Flagdeck's own project, used by the platform flag cache. */
    public Map<?, ?> platformLocalEvaluation(String platformHost, String platformProjectKey) {
        return restClient.get()
                .uri(platformHost + "/api/feature_flag/local_evaluation/?token={token}&send_cohorts", platformProjectKey)
                .headers(headers -> headers.setBearerAuth(platformSecureKey))
                .retrieve()
                .body(Map.class);
    }

    /** Server-side "tenant_connected" event sent straight to the tenant's project. */
    public void captureConnectedEvent(Tenant tenant, String distinctId) {
        restClient.post()
                .uri(tenant.getPosthogHost() + "/i/v0/e/")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("api_key", tenant.getPersonalApiKey(), "event", "flagdeck_connected", "distinct_id", distinctId))
                .retrieve()
                .toBodilessEntity();
    }

    public record FeatureFlag(Long id, String key, String name, boolean active) {
    }

    public record FeatureFlagPage(Integer count, List<FeatureFlag> results) {
    }

    public static class PostHogApiException extends RuntimeException {
        public PostHogApiException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
