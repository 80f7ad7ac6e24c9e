package com.northwind.cohorts.posthog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Reads the cohort-gating flag definitions from PostHog's private API so the job
 * knows which cohorts to export.
 */
public class FlagDefinitionsClient {

    private static final Logger log = LogManager.getLogger(FlagDefinitionsClient.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String apiHost;
    private final String personalApiKey;

    public FlagDefinitionsClient(String apiHost, String personalApiKey) {
        this.apiHost = apiHost;
        this.personalApiKey = personalApiKey;
    }

    public List<String> exportedCohortIds(String projectId) {
        String url = apiHost + "/api/projects/" + projectId + "/feature_flags/?active=true";
        try {
            HttpURLConnection conn = (HttpURLConnection) new URL(url).openConnection();
            conn.setRequestMethod("GET");
            conn.setRequestProperty("Authorization", "Bearer " + personalApiKey);
            conn.setConnectTimeout(5_000);
            conn.setReadTimeout(15_000);
            int status = conn.getResponseCode();
            if (status != 200) {
                String message = "GET " + url + " returned " + status + " for personal key " + personalApiKey;
                throw new FlagFetchException(status, message);
            }
            try (InputStream in = conn.getInputStream()) {
                JsonNode root = MAPPER.readTree(in);
                List<String> cohorts = new ArrayList<>();
                for (JsonNode flag : root.path("results")) {
                    if (flag.path("key").asText().startsWith("cohort-export-")) {
                        cohorts.add(flag.path("key").asText().substring("cohort-export-".length()));
                    }
                }
                log.info("{} cohorts gated for export", cohorts.size());
                return cohorts;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("PostHog API unreachable at " + apiHost, e);
        }
    }
}
