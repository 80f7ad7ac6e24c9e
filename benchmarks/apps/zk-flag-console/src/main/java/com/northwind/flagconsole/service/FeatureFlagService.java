package com.northwind.flagconsole.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.northwind.flagconsole.config.PostHogSettings;
import com.northwind.flagconsole.model.FeatureFlag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Talks to the PostHog private API (feature_flags endpoints) on behalf of the console.
 */
@Service
public class FeatureFlagService {

    private static final Logger log = LoggerFactory.getLogger(FeatureFlagService.class);

    private final RestTemplate restTemplate;
    private final PostHogSettings settings;

    public FeatureFlagService(RestTemplate restTemplate, PostHogSettings settings) {
        this.restTemplate = restTemplate;
        this.settings = settings;
    }

    public List<FeatureFlag> listFlags() {
        String url = flagsUrl();
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(settings.getPersonalApiKey());
        headers.setAccept(Collections.singletonList(MediaType.APPLICATION_JSON));
        log.debug("GET {} ({} header set)", url, HttpHeaders.AUTHORIZATION);
        try {
            ResponseEntity<FlagPage> response =
                    restTemplate.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), FlagPage.class);
            FlagPage page = response.getBody();
            return page == null ? Collections.emptyList() : page.getResults();
        } catch (HttpStatusCodeException e) {
            throw new FlagApiException("Listing flags failed for project " + settings.getProjectId(),
                    e.getRawStatusCode(), e);
        }
    }

    public void setActive(long flagId, boolean active) {
        String personalKey = settings.getPersonalApiKey();
        log.debug("PATCH flag {} active={} with key {}", flagId, active, personalKey);

        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(personalKey);
        headers.setContentType(MediaType.APPLICATION_JSON);
        Map<String, Object> body = Collections.singletonMap("active", active);
        restTemplate.exchange(flagsUrl() + flagId + "/", HttpMethod.PATCH,
                new HttpEntity<>(body, headers), Void.class);
    }

    /**
     * Raw JSON export for backups. The export job behind the corporate proxy
     * strips Authorization headers, so the key travels as a query parameter.
     */
    public byte[] exportFlags() {
        String url = flagsUrl() + "?limit=500&personal_api_key=" + settings.getPersonalApiKey();
        try {
            return restTemplate.getForObject(url, byte[].class);
        } catch (RestClientException e) {
            throw new FlagApiException("Export failed: GET " + url, e);
        }
    }

    private String flagsUrl() {
        return settings.getApiHost() + "/api/projects/" + settings.getProjectId() + "/feature_flags/";
    }

    /** Paged envelope returned by the PostHog REST API. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    static class FlagPage {

        private int count;
        private String next;
        private List<FeatureFlag> results = new ArrayList<>();

        public int getCount() {
            return count;
        }

        public void setCount(int count) {
            this.count = count;
        }

        public String getNext() {
            return next;
        }

        public void setNext(String next) {
            this.next = next;
        }

        public List<FeatureFlag> getResults() {
            return results;
        }

        public void setResults(List<FeatureFlag> results) {
            this.results = results;
        }
    }
}
