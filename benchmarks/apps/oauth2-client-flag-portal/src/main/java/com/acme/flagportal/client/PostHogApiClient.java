package com.acme.flagportal.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.acme.flagportal.config.PostHogProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
public class PostHogApiClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogApiClient.class);

    private final RestTemplate restTemplate;

    private final PostHogProperties properties;

    private final String personalApiKey;

    public PostHogApiClient(RestTemplateBuilder restTemplateBuilder,
                            PostHogProperties properties,
                            @Value("${posthog.personal-api-key:phx_MRmS9fnOC3aJgoPYqfDFn2uPFUlKP9TzQuLLAE8CweFzhU3}") String personalApiKey) {
        this.restTemplate = restTemplateBuilder.build();
        this.properties = properties;
        this.personalApiKey = personalApiKey;
    }

    public List<FeatureFlag> listFlags(long projectId, OAuth2AuthorizedClient client) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(client.getAccessToken().getTokenValue());
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        String url = properties.getAppHost() + "/api/projects/" + projectId + "/feature_flags/?limit=200";
        log.debug("GET {} with headers {}", url, headers);
        ResponseEntity<FeatureFlagPage> response =
                restTemplate.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), FeatureFlagPage.class);
        FeatureFlagPage page = response.getBody();
        return page == null ? List.of() : page.results();
    }

    public void setFlagActive(long projectId, long flagId, boolean active) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(personalApiKey);
        headers.setContentType(MediaType.APPLICATION_JSON);
        String url = properties.getAppHost() + "/api/projects/" + projectId + "/feature_flags/" + flagId + "/";
        log.debug("PATCH {} with headers {}", url, redacted(headers));
        log.debug("Using {} header for flag {}", HttpHeaders.AUTHORIZATION, flagId);
        restTemplate.exchange(url, HttpMethod.PATCH,
                new HttpEntity<>(Map.of("active", active), headers), Void.class);
    }

    private static Map<String, String> redacted(HttpHeaders headers) {
        Map<String, String> copy = new LinkedHashMap<>();
        headers.forEach((name, values) -> copy.put(name,
                HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name) ? "[REDACTED]" : String.join(",", values)));
        return copy;
    }

    public record FeatureFlag(long id, String key, String name, boolean active, Integer rolloutPercentage) {
    }

    public record FeatureFlagPage(int count, String next, List<FeatureFlag> results) {
    }
}
