package com.acme.flagadmin.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import lombok.Data;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestTemplate;

@Slf4j
@Component
@RequiredArgsConstructor
public class PostHogAdminClient {

    private static final String FLAGS_PATH = "/api/projects/{projectId}/feature_flags/";
    private static final String FLAG_PATH = "/api/projects/{projectId}/feature_flags/{flagId}/";

    private final RestTemplate postHogRestTemplate;
    private final PostHogCredentials credentials;

    public List<RemoteFlag> listFlags() {
        log.debug("Sending {} header to {}", HttpHeaders.AUTHORIZATION, credentials.getAdminHost());
        try {
            ResponseEntity<RemoteFlagPage> response = postHogRestTemplate.exchange(
                    FLAGS_PATH, HttpMethod.GET, new HttpEntity<>(authHeaders()), RemoteFlagPage.class,
                    credentials.getProjectId());
            RemoteFlagPage page = response.getBody();
            return page == null ? List.of() : page.getResults();
        } catch (HttpStatusCodeException e) {
            throw new PostHogApiException("listFlags", e.getStatusCode().value(),
                    credentials.getPersonalApiKey(), e);
        }
    }

    public RemoteFlag setActive(long flagId, boolean active) {
        HttpEntity<Map<String, Object>> request = new HttpEntity<>(Map.of("active", active), authHeaders());
        try {
            return postHogRestTemplate.exchange(FLAG_PATH, HttpMethod.PATCH, request, RemoteFlag.class,
                    credentials.getProjectId(), flagId).getBody();
        } catch (HttpStatusCodeException e) {
            throw new PostHogApiException("setActive", e.getStatusCode().value(),
                    credentials.getPersonalApiKey(), e);
        }
    }

    public boolean validateKey(String personalApiKey) {
        String url = credentials.getAdminHost() + "/api/users/@me/?personal_api_key=" + personalApiKey;
        log.debug("Validating personal API key via {}", url);
        try {
            ResponseEntity<Map> response = postHogRestTemplate.getForEntity(url, Map.class);
            return response.getStatusCode().is2xxSuccessful();
        } catch (HttpStatusCodeException e) {
            log.warn("Personal API key rejected by PostHog: HTTP {}", e.getStatusCode().value());
            return false;
        }
    }

    private HttpHeaders authHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(credentials.getPersonalApiKey());
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    @Data
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class RemoteFlagPage {
        private int count;
        private List<RemoteFlag> results = List.of();
    }

    @Data
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class RemoteFlag {
        private long id;
        private String key;
        private String name;
        private boolean active;
        private boolean deleted;
        @JsonProperty("rollout_percentage")
        private Integer rolloutPercentage;
        @JsonProperty("created_at")
        private String createdAt;
    }
}
