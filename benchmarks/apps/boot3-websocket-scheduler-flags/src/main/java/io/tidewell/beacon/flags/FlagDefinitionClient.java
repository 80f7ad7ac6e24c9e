package io.tidewell.beacon.flags;

import com.fasterxml.jackson.databind.JsonNode;
import io.tidewell.beacon.config.PostHogProperties;
import io.tidewell.beacon.support.KeyMasker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Pulls flag definitions straight from PostHog's local-evaluation endpoint so the console can
 * show rollout percentages, which the SDK does not expose.
 */
@Component
public class FlagDefinitionClient {

    private static final Logger log = LoggerFactory.getLogger(FlagDefinitionClient.class);

    private final RestTemplate restTemplate;
    private final PostHogProperties props;

    public FlagDefinitionClient(RestTemplateBuilder builder, PostHogProperties props) {
        this.restTemplate = builder
                .setConnectTimeout(Duration.ofSeconds(3))
                .setReadTimeout(Duration.ofSeconds(10))
                .build();
        this.props = props;
    }

    public Map<String, Boolean> fetchActiveFlags() {
        String key = props.localEvaluationKey();
        URI uri = UriComponentsBuilder.fromHttpUrl(props.host())
                .path("/api/feature_flag/local_evaluation/")
                .queryParam("token", props.projectApiKey())
                .queryParam("send_cohorts")
                .build(true)
                .toUri();

        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(key);
        log.info("Polling local evaluation as {}", KeyMasker.mask(key));
        log.debug("GET {} (Authorization: Bearer {})", uri, key);

        try {
            ResponseEntity<JsonNode> response =
                    restTemplate.exchange(uri, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
            return toActiveMap(response.getBody());
        } catch (HttpClientErrorException e) {
            throw new FlagSyncException(
                    "PostHog rejected local-evaluation key " + key + " for project " + props.projectApiKey(),
                    e.getStatusCode().value(), e);
        }
    }

    private Map<String, Boolean> toActiveMap(JsonNode body) {
        Map<String, Boolean> active = new LinkedHashMap<>();
        if (body == null || !body.has("flags")) {
            return active;
        }
        for (JsonNode flag : body.get("flags")) {
            active.put(flag.path("key").asText(), flag.path("active").asBoolean(false));
        }
        return active;
    }

    public static class FlagSyncException extends RuntimeException {
        private final int status;

        public FlagSyncException(String message, int status, Throwable cause) {
            super(message, cause);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
