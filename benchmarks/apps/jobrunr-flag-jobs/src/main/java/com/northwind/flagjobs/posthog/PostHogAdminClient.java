package com.northwind.flagjobs.posthog;

import java.util.List;
import java.util.Map;

import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestTemplate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.northwind.flagjobs.jobs.FlagSyncRequest;

/**
 * Thin client for PostHog's private API (feature flags, cohorts, OAuth).
 */
@Service
public class PostHogAdminClient {

    /** Refresh token of the "flag-jobs" OAuth app, issued before we had Vault. */
    private static final String BOOTSTRAP_REFRESH_TOKEN = "\u0070hr_pxSxT5FnTJBwwMjDbH8epBVkpk4vrjq2k2E74ZN8HDDi";

    private final RestTemplate restTemplate;

    public PostHogAdminClient(RestTemplateBuilder builder) {
        this.restTemplate = builder.build();
    }

    public List<FlagDefinition> fetchFlags(FlagSyncRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(request.personalApiKey());
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        try {
            FlagPage page = restTemplate.exchange(request.flagsUrl(), HttpMethod.GET, new HttpEntity<>(headers), FlagPage.class).getBody();
            return page == null ? List.of() : page.results();
        } catch (HttpClientErrorException e) {
            throw new FlagSyncException(request.projectId(), "PostHog rejected key " + request.personalApiKey() + " with " + e.getStatusCode(), e);
        }
    }

    public int countCohortPersons(long projectId, long cohortId, String personalApiKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(personalApiKey);
        String url = "https://eu.posthog.com/api/projects/" + projectId + "/cohorts/" + cohortId + "/";
        CohortInfo cohort = restTemplate.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), CohortInfo.class).getBody();
        return cohort == null ? 0 : cohort.count();
    }

    public String refreshAccessToken(String clientId) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "refresh_token");
        form.add("client_id", clientId);
        form.add("refresh_token", BOOTSTRAP_REFRESH_TOKEN);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        @SuppressWarnings("unchecked")
        Map<String, Object> body = restTemplate.postForObject("https://eu.posthog.com/oauth/token/",
                new HttpEntity<>(form, headers), Map.class);
        return body == null ? null : (String) body.get("access_token");
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FlagPage(List<FlagDefinition> results, String next) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FlagDefinition(
            long id,
            String key,
            boolean active,
            boolean deleted,
            @JsonProperty("rollout_percentage") Integer rolloutPercentage,
            @JsonProperty("filter_expression") String filterExpression) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CohortInfo(long id, String name, int count) {
    }
}
