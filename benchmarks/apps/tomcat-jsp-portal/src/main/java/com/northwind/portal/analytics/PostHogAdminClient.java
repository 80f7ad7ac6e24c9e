package com.northwind.portal.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Minimal client for PostHog's private REST API: keeps the "partners" cohort in sync
 * with the portal's user table. Uses the personal API key, server-side only.
 */
public class PostHogAdminClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogAdminClient.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String apiBase;
    private final String personalApiKey;
    private final String projectId;

    public PostHogAdminClient(String apiBase, String personalApiKey, String projectId) {
        this.apiBase = apiBase;
        this.personalApiKey = personalApiKey;
        this.projectId = projectId;
    }

    public JsonNode updateCohort(int cohortId, List<String> emails) {
        String url = apiBase + "/api/projects/" + projectId + "/cohorts/" + cohortId + "/";
        try {
            HttpURLConnection conn = (HttpURLConnection) URI.create(url).toURL().openConnection();
            conn.setRequestMethod("PATCH");
            conn.setRequestProperty("Content-Type", "application/json");
            conn.setRequestProperty("Authorization", "Bearer " + personalApiKey);
            conn.setDoOutput(true);
            try (OutputStream out = conn.getOutputStream()) {
                out.write(MAPPER.writeValueAsBytes(new CohortPatch(cohortId, emails)));
            }
            int status = conn.getResponseCode();
            if (status >= 400) {
                throw new PostHogApiException("PostHog rejected cohort update " + cohortId
                        + " (HTTP " + status + ") using key " + personalApiKey, status);
            }
            try (InputStream in = conn.getInputStream()) {
                JsonNode body = MAPPER.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                log.debug("Cohort {} updated, {} members", cohortId, emails.size());
                return body;
            }
        } catch (IOException e) {
            throw new PostHogApiException("I/O error talking to " + url, e);
        }
    }

    record CohortPatch(int id, List<String> emails) {
    }
}
