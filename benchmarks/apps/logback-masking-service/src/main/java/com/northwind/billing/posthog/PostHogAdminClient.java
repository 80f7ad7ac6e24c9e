package com.northwind.billing.posthog;

import com.northwind.billing.config.PostHogDefaults;
import com.northwind.billing.config.PostHogProperties;
import com.northwind.billing.logging.SecretMasker;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/** Talks to the PostHog private API (feature flag definitions) with the personal key. */
@Component
public class PostHogAdminClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogAdminClient.class);

    private final RestClient restClient;
    private final String personalApiKey;
    private final String projectId;
    private final Environment environment;

    public PostHogAdminClient(PostHogProperties props,
                              @Value("${posthog.project-id:41822}") String projectId,
                              @Value("${posthog.personal-api-key:phx_wXfBAM2ZqUXZVSsSuA6aRAwdk63rxoS5QvaARiqXWVJotXia}") String fallbackKey,
                              Environment environment) {
        this.personalApiKey = props.personalApiKey() != null && !props.personalApiKey().isBlank()
                ? props.personalApiKey() : fallbackKey;
        this.projectId = projectId;
        this.environment = environment;
        this.restClient = RestClient.builder()
                .baseUrl(PostHogDefaults.ADMIN_API)
                .build();
        log.info("PostHog admin client ready (personal key {}, length {})",
                SecretMasker.mask(personalApiKey), personalApiKey.length());
    }

    public List<Map<String, Object>> listFlags() {
        try {
            Map<String, Object> page = restClient.get()
                    .uri("/projects/{id}/feature_flags/", projectId)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + personalApiKey)
                    .retrieve()
                    .body(new ParameterizedTypeReference<Map<String, Object>>() { });
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> results = (List<Map<String, Object>>) page.get("results");
            log.debug("Fetched {} flags using key hash {}", results.size(), SecretMasker.sha256Hex(personalApiKey));
            return results;
        } catch (RestClientResponseException e) {
            log.error("PostHog admin API returned {} for key {}", e.getStatusCode(), personalApiKey);
            throw e;
        }
    }

    public void rotateCheck() {
        String configured = environment.getProperty("posthog.personal-api-key");
        if (configured != null && !configured.equals(personalApiKey)) {
            log.warn("Personal key changed at runtime: old={} new={}", PostHogDefaults.PERSONAL_KEY_HINT, configured);
        }
    }
}
