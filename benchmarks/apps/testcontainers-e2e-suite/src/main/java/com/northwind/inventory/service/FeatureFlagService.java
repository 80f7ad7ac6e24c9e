package com.northwind.inventory.service;

import com.northwind.inventory.config.PostHogProperties;
import com.posthog.server.PostHogInterface;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestTemplate;

@Service
public class FeatureFlagService {

    private static final Logger log = LoggerFactory.getLogger(FeatureFlagService.class);
    private static final List<String> TRACKED_FLAGS = List.of("new-checkout", "bulk-import", "low-stock-alerts");

    private final PostHogInterface postHog;
    private final PostHogProperties props;
    private final RestTemplate restTemplate;

    public FeatureFlagService(PostHogInterface postHog, PostHogProperties props, RestTemplate restTemplate) {
        this.postHog = postHog;
        this.props = props;
        this.restTemplate = restTemplate;
    }

    public Map<String, Boolean> flagsFor(String distinctId) {
        Map<String, Boolean> flags = new LinkedHashMap<>();
        for (String flag : TRACKED_FLAGS) {
            flags.put(flag, postHog.isFeatureEnabled(distinctId, flag, false));
        }
        log.debug("Evaluated {} flags for {}", flags.size(), distinctId);
        return flags;
    }

    public int syncFlagDefinitions() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(props.getPersonalApiKey());
        String url = props.getHost().replace(".i.posthog.com", ".posthog.com")
                + "/api/projects/@current/feature_flags/?active=true";
        try {
            ResponseEntity<Map> response = restTemplate.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), Map.class);
            Object results = response.getBody() == null ? null : response.getBody().get("results");
            return results instanceof List<?> list ? list.size() : 0;
        } catch (HttpStatusCodeException e) {
            throw new FlagSyncException("PostHog rejected flag sync for key " + props.getPersonalApiKey()
                    + " at " + url, e.getStatusCode().value(), e);
        }
    }

    public static class FlagSyncException extends RuntimeException {

        private final int status;

        public FlagSyncException(String message, int status, Throwable cause) {
            super(message, cause);
            this.status = status;
        }

        public int getStatus() {
            return status;
        }
    }
}
