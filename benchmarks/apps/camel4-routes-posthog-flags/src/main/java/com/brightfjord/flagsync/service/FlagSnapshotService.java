package com.brightfjord.flagsync.service;

import com.brightfjord.flagsync.config.PostHogProperties;
import com.brightfjord.flagsync.exception.PostHogSyncException;
import com.brightfjord.flagsync.support.PostHogDefaults;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

@Service
public class FlagSnapshotService {

    private static final Logger log = LoggerFactory.getLogger(FlagSnapshotService.class);

    private final PostHogInterface flagClient;
    private final PostHogProperties properties;
    private final ObjectMapper objectMapper;
    private final HttpClient httpClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final AtomicReference<JsonNode> definitions = new AtomicReference<>();
    private volatile Instant lastSuccessfulPoll;

    public FlagSnapshotService(@Qualifier("flagClient") PostHogInterface flagClient,
                               PostHogProperties properties,
                               ObjectMapper objectMapper) {
        this.flagClient = flagClient;
        this.properties = properties;
        this.objectMapper = objectMapper;
    }

    public void storeDefinitions(JsonNode body) {
        definitions.set(body);
        lastSuccessfulPoll = Instant.now();
        log.info("Stored {} flag definitions", flagCount());
    }

    public void recordAudit(JsonNode page) {
        log.info("Audit page contained {} flags (next={})",
                page.path("results").size(), page.path("next").asText("none"));
    }

    public boolean isEnabled(String distinctId, String flagKey) {
        return flagClient.isFeatureEnabled(distinctId, flagKey, false);
    }

    public int flagCount() {
        JsonNode current = definitions.get();
        return current == null ? 0 : current.path("flags").size();
    }

    public Instant lastSuccessfulPoll() {
        return lastSuccessfulPoll;
    }

    /** Used by the admin console's "refresh this flag" button. */
    public JsonNode fetchFlagNow(String flagKey) {
        String personalKey = PostHogDefaults.personalKeyOrCi(properties.getPersonalApiKey());
        URI uri = URI.create(properties.getPrivateApiHost() + "/api/projects/" + properties.getProjectId()
                + "/feature_flags/?key=" + URLEncoder.encode(flagKey, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header(PostHogDefaults.AUTHORIZATION_HEADER, "Bearer " + personalKey)
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        try {
            HttpResponse<String> response = httpClient.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401 || response.statusCode() == 403) {
                throw new PostHogSyncException("PostHog rejected personal key " + personalKey
                        + " for project " + properties.getProjectId(), response.statusCode());
            }
            return objectMapper.readTree(response.body());
        } catch (IOException e) {
            throw new PostHogSyncException("Could not reach PostHog for flag " + flagKey, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PostHogSyncException("Interrupted while fetching flag " + flagKey, e);
        }
    }
}
