package com.northwind.relay.posthog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.northwind.relay.config.PostHogProperties;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class PostHogApiClient {

    private final RestClient restClient;
    private final PostHogProperties props;

    public PostHogApiClient(@Qualifier("postHogRestClient") RestClient restClient, PostHogProperties props) {
        this.restClient = restClient;
        this.props = props;
    }

    public List<FeatureFlag> listFeatureFlags() {
        FeatureFlagPage page = restClient.get()
                .uri("/api/projects/{projectId}/feature_flags/?active=true", props.getProjectId())
                .retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> {
                    throw new PostHogApiException(response.getStatusCode().value(),
                            "PostHog rejected " + request.getURI() + " for project " + props.getProjectId()
                                    + " (key " + props.getPersonalApiKey() + ")");
                })
                .body(FeatureFlagPage.class);
        return page == null ? List.of() : page.results();
    }

    public LocalEvaluationResponse fetchLocalEvaluation() {
        return restClient.get()
                .uri(uriBuilder -> uriBuilder.path("/api/feature_flag/local_evaluation/")
                        .queryParam("token", props.getPersonalApiKey())
                        .queryParam("send_cohorts")
                        .build())
                .retrieve()
                .body(LocalEvaluationResponse.class);
    }

    public void createAnnotation(String content, Instant when) {
        restClient.post()
                .uri("/api/projects/{projectId}/annotations/", props.getProjectId())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + props.getProjectApiKey())
                .contentType(MediaType.APPLICATION_JSON)
                .body(new AnnotationRequest(content, when, "project"))
                .retrieve()
                .toBodilessEntity();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FeatureFlagPage(int count, String next, List<FeatureFlag> results) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FeatureFlag(long id,
                              String key,
                              String name,
                              boolean active,
                              @JsonProperty("rollout_percentage") Integer rolloutPercentage) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LocalEvaluationResponse(List<FeatureFlag> flags,
                                          @JsonProperty("group_type_mapping") Map<String, String> groupTypeMapping,
                                          Map<String, Object> cohorts) {
    }

    public record AnnotationRequest(String content,
                                    @JsonProperty("date_marker") Instant dateMarker,
                                    String scope) {
    }
}
