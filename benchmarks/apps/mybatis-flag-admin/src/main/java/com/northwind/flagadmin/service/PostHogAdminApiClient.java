package com.northwind.flagadmin.service;

import com.northwind.flagadmin.config.PostHogConstants;
import com.northwind.flagadmin.config.PostHogProperties;
import com.northwind.flagadmin.exception.PostHogSyncException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestTemplate;

@Service
public class PostHogAdminApiClient {

    private static final Logger log = LogManager.getLogger(PostHogAdminApiClient.class);
    private static final ParameterizedTypeReference<Map<String, Object>> JSON_MAP =
            new ParameterizedTypeReference<>() {
            };

    private final RestTemplate restTemplate;
    private final PostHogProperties props;

    public PostHogAdminApiClient(RestTemplateBuilder builder, PostHogProperties props) {
        this.restTemplate = builder.build();
        this.props = props;
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> listFlags() {
        String url = props.getUiHost() + String.format(PostHogConstants.FEATURE_FLAGS_PATH, props.getProjectId());
        HttpHeaders headers = authHeaders();
        try {
            ResponseEntity<Map<String, Object>> response =
                    restTemplate.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), JSON_MAP);
            Map<String, Object> body = response.getBody();
            if (body == null || body.get("results") == null) {
                return Collections.emptyList();
            }
            return (List<Map<String, Object>>) body.get("results");
        } catch (HttpStatusCodeException e) {
            throw new PostHogSyncException("GET " + url + " returned " + e.getStatusCode()
                    + " (sent " + headers.getFirst(HttpHeaders.AUTHORIZATION) + ")",
                    e.getStatusCode().value(), e);
        }
    }

    public Map<String, Object> setFlagActive(long flagId, boolean active) {
        String url = props.getUiHost() + String.format(PostHogConstants.FEATURE_FLAGS_PATH, props.getProjectId()) + flagId + "/";
        HttpHeaders headers = authHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        try {
            return restTemplate.exchange(url, HttpMethod.PATCH,
                    new HttpEntity<>(Map.of("active", active), headers), JSON_MAP).getBody();
        } catch (HttpStatusCodeException e) {
            throw new PostHogSyncException("PATCH flag " + flagId + " failed: " + e.getResponseBodyAsString(),
                    e.getStatusCode().value(), e);
        }
    }

    public Map<String, Object> fetchLocalEvaluation() {
        String url = props.getHost() + PostHogConstants.LOCAL_EVALUATION_PATH
                + "?token=" + props.getApiKey() + "&send_cohorts";
        HttpHeaders headers = new HttpHeaders();
        if (StringUtils.hasText(props.getPersonalApiKey())) {
            headers.setBearerAuth(props.getPersonalApiKey());
        } else {
            String fallbackAuth = PostHogConstants.BEARER_PREFIX + PostHogConstants.LOCAL_EVAL_FALLBACK_KEY;
            log.debug("No personal key configured, local evaluation uses {}", fallbackAuth);
            headers.set(PostHogConstants.AUTHORIZATION_HEADER, fallbackAuth);
        }
        return restTemplate.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), JSON_MAP).getBody();
    }

    private HttpHeaders authHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(props.getPersonalApiKey());
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return headers;
    }
}
