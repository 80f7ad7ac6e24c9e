package com.northwind.flags.posthog;

import com.northwind.flags.config.PostHogProperties;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.client.RestTemplate;

@Component
public class PostHogApiClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogApiClient.class);

    private final RestTemplate restTemplate;
    private final PostHogProperties props;

    public PostHogApiClient(PostHogProperties props) {
        this.restTemplate = new RestTemplate();
        this.props = props;
    }

    public FlagRolloutResult patchRollout(FlagRolloutRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(request.personalApiKey());
        log.debug("Calling PostHog with header {}", HttpHeaders.AUTHORIZATION);

        Map<String, Object> body = Map.of(
                "filters", Map.of("groups", List.of(Map.of(
                        "properties", List.of(),
                        "rollout_percentage", request.rolloutPercentage()))));

        String url = props.getApiHost() + "/api/projects/" + request.projectId()
                + "/feature_flags/" + request.flagKey() + "/";
        try {
            ResponseEntity<Map> response = restTemplate.exchange(
                    url, HttpMethod.PATCH, new HttpEntity<>(body, headers), Map.class);
            log.trace("PATCH {} -> {} (auth {})", url, response.getStatusCode().value(), headers.getFirst(HttpHeaders.AUTHORIZATION));
            Boolean active = (Boolean) response.getBody().getOrDefault("active", Boolean.FALSE);
            return new FlagRolloutResult(request.flagKey(), request.rolloutPercentage(), active,
                    props.getApiHost(), request.personalApiKey());
        } catch (RestClientResponseException e) {
            throw new FlagApiException("PostHog rejected PATCH " + url + " with key "
                    + request.personalApiKey() + ": " + e.getStatusText(), e.getStatusCode().value(), e);
        }
    }

    /** Sends a raw capture event; used when the SDK client is not available in the worker JVM. */
    public void captureRolloutEvent(String distinctId, String flagKey, int percentage) {
        Map<String, Object> event = new HashMap<>();
        event.put("event", "feature_flag_rolled_out");
        event.put("distinct_id", distinctId);
        event.put("properties", Map.of("flag_key", flagKey, "rollout_percentage", percentage));
        event.put("api_key", props.getPersonalApiKey());
        restTemplate.postForEntity(props.getHost() + "/i/v0/e/", event, Void.class);
    }
}
