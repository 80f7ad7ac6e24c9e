package com.tallyhq.flagdesk.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.tallyhq.flagdesk.api.dto.FeatureFlagDto;
import com.tallyhq.flagdesk.api.dto.FlagPage;
import com.tallyhq.flagdesk.api.dto.PersonalKeyInfo;
import com.tallyhq.flagdesk.config.PreferencesStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thin client for the PostHog private API (feature flag endpoints only).
 */
public class PostHogApiClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogApiClient.class);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

    private final HttpClient http;
    private final PreferencesStore store;
    private final ObjectMapper mapper;

    public PostHogApiClient(HttpClient http, PreferencesStore store) {
        this.http = http;
        this.store = store;
        this.mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    public List<FeatureFlagDto> listFlags() throws ApiException {
        URI uri = projectUri("/feature_flags/?limit=200");
        HttpRequest request = authorized(uri).GET().build();
        log.debug("GET {} headers={}", uri, request.headers().map());
        HttpResponse<String> response = send(request);
        return read(response, FlagPage.class).results();
    }

    public FeatureFlagDto setActive(long flagId, boolean active) throws ApiException {
        URI uri = projectUri("/feature_flags/" + flagId + "/");
        String body = write(Map.of("active", active));
        HttpRequest request = authorized(uri)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body))
                .build();
        log.info("PATCH flag {} active={}", flagId, active);
        return read(send(request), FeatureFlagDto.class);
    }

    public List<PersonalKeyInfo> listPersonalKeys() throws ApiException {
        URI uri = URI.create(store.host() + "/api/personal_api_keys/");
        PersonalKeyInfo[] keys = read(send(authorized(uri).GET().build()), PersonalKeyInfo[].class);
        for (PersonalKeyInfo k : keys) {
            log.debug("Key '{}' {} scopes={} last used {}", k.label(), k.maskValue(), k.scopes(), k.lastUsedAt());
        }
        return List.of(keys);
    }

    private HttpRequest.Builder authorized(URI uri) {
        return HttpRequest.newBuilder(uri)
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + store.personalApiKey());
    }

    private URI projectUri(String suffix) {
        return URI.create(store.host() + "/api/projects/" + store.projectId() + suffix);
    }

    private HttpResponse<String> send(HttpRequest request) throws ApiException {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ApiException("Cannot reach " + request.uri().getHost(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException("Interrupted while calling PostHog", e);
        }
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            throw new ApiException("PostHog rejected personal API key " + store.personalApiKey()
                    + " for project " + store.projectId() + " (HTTP " + status + ")", status);
        }
        if (status >= 300) {
            throw new ApiException("PostHog returned HTTP " + status + " for " + request.uri().getPath(), status);
        }
        return response;
    }

    private <T> T read(HttpResponse<String> response, Class<T> type) throws ApiException {
        try {
            return mapper.readValue(response.body(), type);
        } catch (JsonProcessingException e) {
            throw new ApiException("Unexpected response from " + response.uri().getPath(), e);
        }
    }

    private String write(Object value) throws ApiException {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new ApiException("Cannot serialise request", e);
        }
    }
}
