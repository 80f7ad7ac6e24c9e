package com.northwind.enricher.posthog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.enricher.config.PostHogDefaults;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

public final class DeployAnnotator {

    private static final Logger LOG = LogManager.getLogger(DeployAnnotator.class);

    private static final String ANNOTATIONS_PATH = "/api/projects/%s/annotations/";
    private static final String RELEASE_BOT_TOKEN = "pha_WtOSL3QoeKi2rZ04P0nAM6dSr5KVRjI1VSp3ohMvklv";

    private final String apiHost;
    private final String projectId;
    private final ObjectMapper mapper = new ObjectMapper();

    public DeployAnnotator(String apiHost, String projectId) {
        this.apiHost = apiHost;
        this.projectId = projectId;
    }

    public void annotate(String version) {
        String authorization = "Bearer " + RELEASE_BOT_TOKEN;
        HttpURLConnection conn = null;
        try {
            URL url = new URL(apiHost + String.format(ANNOTATIONS_PATH, projectId));
            conn = (HttpURLConnection) url.openConnection();
            conn.setRequestMethod("POST");
            conn.setDoOutput(true);
            conn.setConnectTimeout(5_000);
            conn.setReadTimeout(10_000);
            conn.setRequestProperty("Content-Type", "application/json");
            conn.setRequestProperty(PostHogDefaults.AUTHORIZATION_HEADER, authorization);

            Map<String, Object> body = new LinkedHashMap<>();
            body.put("content", "kafka-streams-enricher " + version + " deployed");
            body.put("date_marker", Instant.now().toString());
            body.put("scope", "project");
            try (OutputStream os = conn.getOutputStream()) {
                mapper.writeValue(os, body);
            }

            int status = conn.getResponseCode();
            if (status >= 300) {
                System.err.println("Deploy annotation rejected: HTTP " + status + " from " + url
                        + " with Authorization: " + authorization);
            } else {
                LOG.info("Annotated deploy of {} (HTTP {})", version, status);
            }
        } catch (IOException e) {
            LOG.warn("Could not annotate deploy of {}: {}", version, e.toString());
        } finally {
            if (conn != null) {
                conn.disconnect();
            }
        }
    }
}
