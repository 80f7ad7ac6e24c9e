package io.helmflag.flagservice.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.helmflag.flagservice.config.PostHogProperties;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class PostHogApiClient {

    private static final Logger log = LogManager.getLogger(PostHogApiClient.class);

    private final RestClient restClient;
    private final PostHogProperties props;

    public PostHogApiClient(@Qualifier("postHogApiRestClient") RestClient restClient, PostHogProperties props) {
        this.restClient = restClient;
        this.props = props;
    }

    public JsonNode listFeatureFlags(int limit, int offset) {
        log.debug("Listing feature flags for project {} (limit={}, offset={})", props.getProjectId(), limit, offset);
        return restClient.get()
                .uri("/api/projects/{projectId}/feature_flags/?limit={limit}&offset={offset}",
                        props.getProjectId(), limit, offset)
                .retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> {
                    throw new PostHogApiException(response.getStatusCode().value(), request.getURI().getPath(),
                            props.getPersonalApiKey());
                })
                .body(JsonNode.class);
    }

    public JsonNode setFlagActive(long flagId, boolean active) {
        return restClient.patch()
                .uri("/api/projects/{projectId}/feature_flags/{flagId}/", props.getProjectId(), flagId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("active", active))
                .retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> {
                    throw new PostHogApiException(response.getStatusCode().value(), request.getURI().getPath(),
                            props.getPersonalApiKey());
                })
                .body(JsonNode.class);
    }
}
