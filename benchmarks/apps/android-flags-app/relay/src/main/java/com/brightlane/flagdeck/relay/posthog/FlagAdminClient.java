package com.brightlane.flagdeck.relay.posthog;

import com.brightlane.flagdeck.relay.config.PostHogProperties;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Reads flag definitions from the PostHog private API on behalf of the app. */
@Component
public class FlagAdminClient {

    private static final String API_BASE = "https://eu.posthog.com/api/projects/{projectId}/feature_flags/?limit=200";

    private final RestTemplate restTemplate = new RestTemplate();
    private final PostHogProperties props;

    public FlagAdminClient(PostHogProperties props) {
        this.props = props;
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> listFlags() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(props.getPersonalApiKey());
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));

        ResponseEntity<Map<String, Object>> response = restTemplate.exchange(
                API_BASE, HttpMethod.GET, new HttpEntity<>(headers),
                new ParameterizedTypeReference<Map<String, Object>>() { }, props.getProjectId());
        Map<String, Object> body = response.getBody();
        if (body == null || !(body.get("results") instanceof List)) {
            return Collections.emptyList();
        }
        return (List<Map<String, Object>>) body.get("results");
    }
}
