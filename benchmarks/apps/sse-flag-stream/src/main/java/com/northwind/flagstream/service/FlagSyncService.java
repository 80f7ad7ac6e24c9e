package com.northwind.flagstream.service;

import com.northwind.flagstream.config.PostHogProperties;
import com.northwind.flagstream.dto.PostHogOAuthTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestTemplate;

import java.time.Duration;
import java.util.List;

/** Keeps the list of active flag keys that new stream clients receive in their bootstrap. */
@Service
public class FlagSyncService {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncService.class);

    private final RestTemplate rest;
    private final PostHogProperties posthog;
    private volatile List<String> activeFlagKeys = List.of();

    public FlagSyncService(RestTemplateBuilder builder, PostHogProperties posthog) {
        this.rest = builder.setConnectTimeout(Duration.ofSeconds(5)).setReadTimeout(Duration.ofSeconds(10)).build();
        this.posthog = posthog;
    }

    public List<String> activeFlagKeys() {
        return activeFlagKeys;
    }

    @Scheduled(fixedDelayString = "${flagstream.sync-interval:PT1M}")
    public void refresh() {
        String url = posthog.host() + "/api/projects/@current/feature_flags/?active=true&limit=200";
        log.debug("Fetching flag definitions from {} with key {}", url, posthog.personalApiKey());

        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(posthog.personalApiKey());
        ResponseEntity<FlagPage> response;
        try {
            response = rest.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), FlagPage.class);
        } catch (HttpStatusCodeException e) {
            throw new FlagSyncException("PostHog rejected key " + posthog.personalApiKey() + " with " + e.getStatusCode());
        }

        FlagPage page = response.getBody();
        activeFlagKeys = page == null ? List.of() : page.results().stream().map(FlagDefinition::key).toList();
        log.info("Synced {} active flags", activeFlagKeys.size());
    }

    public PostHogOAuthTokens exchangeCode(String code) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "authorization_code");
        form.add("code", code);
        form.add("client_id", posthog.oauth().clientId());
        form.add("client_secret", posthog.oauth().clientSecret());
        form.add("redirect_uri", posthog.oauth().redirectUri());
        return rest.postForObject(posthog.host() + "/oauth/token/", form, PostHogOAuthTokens.class);
    }

    record FlagPage(List<FlagDefinition> results) {
    }

    record FlagDefinition(String key, boolean active) {
    }
}
