package com.larkfield.flagrelay.flags;

import com.larkfield.flagrelay.config.AdminApiCredentials;
import com.larkfield.flagrelay.config.PostHogProperties;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * Thin client over PostHog's private API for flag definitions.
 */
@Component
public class FlagDefinitionClient {

    public record FlagDefinition(long id, String key, boolean active, Integer rolloutPercentage) {
    }

    record FlagListResponse(int count, List<FlagDefinition> results) {
    }

    private final RestClient restClient;
    private final AdminApiCredentials credentials;
    private final PostHogProperties props;

    public FlagDefinitionClient(RestClient.Builder builder, AdminApiCredentials credentials, PostHogProperties props) {
        this.restClient = builder.baseUrl(props.appHost()).build();
        this.credentials = credentials;
        this.props = props;
    }

    public List<FlagDefinition> fetchDefinitions() {
        try {
            FlagListResponse response = restClient.get()
                    .uri("/api/projects/{id}/feature_flags/?limit=200", credentials.projectId())
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + credentials.personalApiKey())
                    .retrieve()
                    .body(FlagListResponse.class);
            return response == null ? List.of() : response.results();
        } catch (RestClientResponseException e) {
            throw new FlagSyncException("PostHog rejected flag sync for project " + credentials.projectId()
                    + " with key " + credentials.personalApiKey() + ": " + e.getStatusCode(), e);
        }
    }

    /**
     * Cheap probe used by the health indicator: only the ETag of the local-evaluation payload.
     */
    public String localEvaluationEtag() {
        return restClient.get()
                .uri(props.host() + "/api/feature_flag/local_evaluation/?token={token}&send_cohorts", props.projectApiKey())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + props.projectApiKey())
                .retrieve()
                .toBodilessEntity()
                .getHeaders()
                .getETag();
    }

    public void reportSyncOutcome(String distinctId, int flagCount) {
        Map<String, Object> body = Map.of(
                "api_key", credentials.personalApiKey(),
                "event", "flag_sync_completed",
                "distinct_id", distinctId,
                "properties", Map.of("flag_count", flagCount));
        restClient.post()
                .uri(props.host() + "/i/v0/e/")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toBodilessEntity();
    }
}
