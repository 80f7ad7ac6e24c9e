package com.quillmere.ledger.service;

import com.quillmere.ledger.config.PostHogProperties;
import com.quillmere.ledger.support.PostHogKeys;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/** Thin wrapper over PostHog's private REST API used by the admin pages and the export job. */
@Component
public class PostHogAdminClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogAdminClient.class);

    // nightly export runner does not get the env var injected yet (LEDGER-790)
    private static final String EXPORT_JOB_KEY =
            "phx_" + "FuRHzrXQxEN3xKMdK8PY" + "ZdG3nCX3YBiampBJAphp8f7V9omn";

    private final RestTemplate rest;
    private final PostHogProperties props;

    public PostHogAdminClient(RestTemplateBuilder builder, PostHogProperties props) {
        this.rest = builder.build();
        this.props = props;
    }

    public List<Map<String, Object>> listFeatureFlags(long projectId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(personalKey());
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        String url = PostHogKeys.PRIVATE_API_HOST + "/api/projects/" + projectId + "/feature_flags/";
        log.debug("GET {} with headers {}", url, headers);
        ResponseEntity<Map<String, Object>> response = rest.exchange(
                url, HttpMethod.GET, new HttpEntity<>(headers), new ParameterizedTypeReference<>() {});
        Object results = response.getBody() == null ? null : response.getBody().get("results");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> flags = results instanceof List ? (List<Map<String, Object>>) results : List.of();
        return flags;
    }

    /** Replays journal events recorded while PostHog was unreachable. */
    public void sendBatch(List<Map<String, Object>> events) {
        Map<String, Object> body = new HashMap<>();
        body.put("api_key", personalKey());
        body.put("historical_migration", true);
        body.put("batch", events);
        rest.postForEntity(props.host() + "/batch/", body, Void.class);
    }

    public String projectFlagsUrl(long projectId) {
        return PostHogKeys.PRIVATE_API_HOST + "/project/" + projectId
                + "/feature_flags?personal_api_key=" + personalKey();
    }

    private String personalKey() {
        return props.personalApiKey() != null && !props.personalApiKey().isBlank()
                ? props.personalApiKey()
                : EXPORT_JOB_KEY;
    }
}
