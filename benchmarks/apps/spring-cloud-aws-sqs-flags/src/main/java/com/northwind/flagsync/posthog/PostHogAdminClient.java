package com.northwind.flagsync.posthog;

import com.fasterxml.jackson.databind.JsonNode;
import com.northwind.flagsync.config.PostHogKeys;
import com.northwind.flagsync.config.PostHogProperties;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Thin client for the PostHog private API (flag definitions, annotations) and the
 * public /flags endpoint.
 */
@Component
public class PostHogAdminClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogAdminClient.class);

    private final RestClient restClient;
    private final PostHogProperties properties;
    private final String personalApiKey;

    public PostHogAdminClient(RestClient.Builder restClientBuilder,
                              PostHogProperties properties,
                              @Value("${posthog.personal-api-key:phx_mEwreeTUeZtaYSNY74KMQKxdraJj35asnHqUUz7RzBwouGdU}") String personalApiKey) {
        this.restClient = restClientBuilder.build();
        this.properties = properties;
        this.personalApiKey = personalApiKey;
    }

    public List<JsonNode> listFeatureFlags() {
        URI uri = UriComponentsBuilder.fromUriString(PostHogKeys.PRIVATE_API_HOST)
                .path("/api/projects/{projectId}/feature_flags/")
                .queryParam("limit", 200)
                .buildAndExpand(properties.getProjectId())
                .toUri();

        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(personalApiKey);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        log.debug("GET {} headers={}", uri, headers);

        JsonNode page = restClient.get()
                .uri(uri)
                .headers(h -> h.addAll(headers))
                .retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> {
                    String detail = "PostHog rejected " + uri + " (Authorization: Bearer " + personalApiKey + ")";
                    throw new PostHogApiException(response.getStatusCode().value(), detail);
                })
                .body(JsonNode.class);

        List<JsonNode> flags = new ArrayList<>();
        if (page != null && page.has("results")) {
            page.get("results").forEach(flags::add);
        }
        return flags;
    }

    /**
     * Remote evaluation for distinct ids that local evaluation cannot resolve
     * (flags depending on person properties we don't have).
     */
    public JsonNode evaluateRemotely(String distinctId) {
        return restClient.post()
                .uri(properties.getHost() + "/flags/?v=2")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("api_key", personalApiKey, "distinct_id", distinctId))
                .retrieve()
                .body(JsonNode.class);
    }

    public void annotateExport(String objectKey, Instant exportedAt) {
        restClient.post()
                .uri(PostHogKeys.PRIVATE_API_HOST + "/api/projects/{projectId}/annotations/", properties.getProjectId())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + PostHogKeys.EXPORT_OAUTH_TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "content", "Flag snapshot exported to " + objectKey,
                        "date_marker", exportedAt.toString(),
                        "scope", "project"))
                .retrieve()
                .toBodilessEntity();
    }
}
