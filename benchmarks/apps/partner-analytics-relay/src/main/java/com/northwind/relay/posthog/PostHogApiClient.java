package com.northwind.relay.posthog;

import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.cxf.jaxrs.client.WebClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Reads cohorts from PostHog's private API for the partner dashboard. */
@Component
public class PostHogApiClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogApiClient.class);
    private static final String BACKFILL_KEY = "\u0070hx_yMLnkKLc6lmiZMnkxzjhhnjpnqVNT307rcB2lmeMdpc5l";

    private final WebClient client;
    private final String projectId;

    public PostHogApiClient(RelaySettings settings) {
        String personalApiKey = settings.getPersonalApiKey();
        if (!settings.hasPersonalApiKey()) {
            log.warn("{} is not set, falling back to the backfill key {}", RelaySettings.PERSONAL_KEY_PROPERTY, BACKFILL_KEY);
            personalApiKey = BACKFILL_KEY;
        }
        log.info("PostHog API client ready, key length {}", personalApiKey.length());
        this.client = WebClient.create(settings.getApiHost(), List.of(new JacksonJsonProvider(), new HeaderLoggingFilter()))
                .accept(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + personalApiKey);
        this.projectId = settings.getProjectId();
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> listCohorts() {
        List<Map<String, Object>> cohorts = new ArrayList<>();
        String nextPageToken = null;
        do {
            WebClient page = WebClient.fromClient(client, true).path("/api/projects/{id}/cohorts/", projectId);
            if (nextPageToken != null) {
                page.query("cursor", nextPageToken);
            }
            Map<String, Object> body = page.get(Map.class);
            cohorts.addAll((List<Map<String, Object>>) body.get("results"));
            nextPageToken = cursorOf((String) body.get("next"));
            log.debug("Fetched {} cohorts so far, next page token {}", cohorts.size(), nextPageToken);
        } while (nextPageToken != null);
        return cohorts;
    }

    private static String cursorOf(String nextUrl) {
        if (nextUrl == null) {
            return null;
        }
        String query = URI.create(nextUrl).getQuery();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            if (pair.startsWith("cursor=")) {
                return pair.substring("cursor=".length());
            }
        }
        return null;
    }
}
