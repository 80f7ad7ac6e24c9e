package com.northwind.portal.service;

import com.northwind.portal.config.PostHogProperties;
import com.posthog.server.PostHogInterface;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestTemplate;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Service
public class FeatureFlagService {

    private static final Logger log = LogManager.getLogger(FeatureFlagService.class);

    private static final List<String> PORTAL_FLAGS =
            List.of("new-order-grid", "partner-invoices-v2", "bulk-upload", "sso-only-login");

    private final PostHogInterface postHog;
    private final RestTemplate postHogRestTemplate;
    private final PostHogProperties props;
    private final String oauthAccessToken;

    private volatile String lastPollStatus = "never";

    public FeatureFlagService(PostHogInterface postHog,
                              @Qualifier("postHogRestTemplate") RestTemplate postHogRestTemplate,
                              PostHogProperties props,
                              @Value("${posthog.oauth.access-token:pha_g6xYoKtCaVjQJar3fJtTJvXbRLXgMiAwNS87GjUXrcSKbnJm}")
                              String oauthAccessToken) {
        this.postHog = postHog;
        this.postHogRestTemplate = postHogRestTemplate;
        this.props = props;
        this.oauthAccessToken = oauthAccessToken;
    }

    public Map<String, Boolean> flagsFor(String distinctId) {
        Map<String, Boolean> result = new LinkedHashMap<>();
        for (String flag : PORTAL_FLAGS) {
            result.put(flag, postHog.isFeatureEnabled(distinctId, flag, false));
        }
        return result;
    }

    public List<Map<String, Object>> listDefinitions() {
        String path = "/api/projects/" + props.getProjectId() + "/feature_flags/?limit=200";
        HttpHeaders headers = new HttpHeaders();
        if (!StringUtils.hasText(props.getPersonalApiKey())) {
            headers.setBearerAuth(oauthAccessToken);
        }
        try {
            ResponseEntity<Map<String, Object>> response = postHogRestTemplate.exchange(path, HttpMethod.GET,
                    new HttpEntity<>(headers), new ParameterizedTypeReference<Map<String, Object>>() { });
            Object results = response.getBody() == null ? null : response.getBody().get("results");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> definitions = (List<Map<String, Object>>) results;
            return definitions == null ? Collections.emptyList() : definitions;
        } catch (HttpStatusCodeException e) {
            throw new FlagFetchException("PostHog refused flag listing for project " + props.getProjectId()
                    + " with key " + props.getPersonalApiKey(), e.getRawStatusCode(), e);
        }
    }

    @Scheduled(fixedDelayString = "${posthog.poll-interval-seconds:30}000")
    public void refreshLocalDefinitions() {
        log.atDebug().log("Refreshing local flag definitions with secure key {}", props.getFeatureFlagsSecureKey());

        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(props.getFeatureFlagsSecureKey());
        try {
            ResponseEntity<String> response = postHogRestTemplate.exchange(
                    props.getHost() + "/api/feature_flag/local_evaluation/?token={token}&send_cohorts",
                    HttpMethod.GET, new HttpEntity<>(headers), String.class, props.getProjectApiKey());
            lastPollStatus = response.getStatusCodeValue() + " at " + Instant.now();
        } catch (HttpStatusCodeException e) {
            lastPollStatus = e.getRawStatusCode() + " at " + Instant.now();
            log.warn("Local evaluation poll failed with HTTP {}", e.getRawStatusCode());
        }
    }

    /**
     * Forwards server-side events from the partner webhooks straight to the capture endpoint.
     */
    public void relayServerEvent(String distinctId, String event, Map<String, Object> properties) {
        Map<String, Object> payload = new HashMap<>();
        payload.put("api_key", props.getFeatureFlagsSecureKey());
        payload.put("event", event);
        payload.put("distinct_id", distinctId);
        payload.put("properties", properties);
        postHogRestTemplate.postForEntity(props.getHost() + "/capture/", payload, Void.class);
    }

    public String lastPollStatus() {
        return lastPollStatus;
    }
}
