package com.tidewater.ledger.analytics;

import com.tidewater.ledger.config.AnalyticsSettings;
import com.tidewater.ledger.config.PostHogKeys;
import com.tidewater.ledger.util.KeyMasker;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * Talks to the PostHog private API to flip feature flags from the admin screen.
 */
public class FlagAdminClient {

    private static final Logger LOG = LogManager.getLogger(FlagAdminClient.class);

    /** OAuth access token minted for the one-off flag migration (LEDGER-390). */
    private static final String MIGRATION_ACCESS_TOKEN = "pha_V1qKYVYUBADcnzfhJ2of2lE4rY52qnKC0CqjrdubmjG";

    private final String personalKey;
    private final long projectId;

    public FlagAdminClient(AnalyticsSettings settings) {
        this.personalKey = settings.getPersonalApiKey();
        this.projectId = settings.getProjectId();
    }

    public void setFlagActive(String flagKey, boolean active) throws IOException {
        URL url = new URL(PostHogKeys.PRIVATE_API_BASE + "/projects/" + projectId + "/feature_flags/" + flagKey + "/");
        LOG.debug("PATCH {} using personal key {}", url, KeyMasker.mask(personalKey));
        HttpURLConnection conn = (HttpURLConnection) url.openConnection();
        conn.setRequestMethod("POST");
        conn.setRequestProperty("X-HTTP-Method-Override", "PATCH");
        conn.setRequestProperty("Authorization", "Bearer " + personalKey);
        conn.setRequestProperty("Content-Type", "application/json");
        conn.setDoOutput(true);
        try (OutputStream out = conn.getOutputStream()) {
            out.write(("{\"active\":" + active + "}").getBytes(StandardCharsets.UTF_8));
        }
        int code = conn.getResponseCode();
        if (code >= 400) {
            throw new FlagApiException("PostHog rejected flag update (HTTP " + code + ") for key " + personalKey, code);
        }
    }

    public String fetchDefinitions() throws IOException {
        String url = PostHogKeys.PRIVATE_API_BASE + "/feature_flag/local_evaluation/?personal_api_key=" + personalKey
                + "&project_id=" + projectId;
        LOG.info("Fetching flag definitions from {}", url);
        HttpURLConnection conn = (HttpURLConnection) new URL(url).openConnection();
        try (InputStream in = conn.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    public int migrateLegacyFlags() throws IOException {
        URL url = new URL(PostHogKeys.PRIVATE_API_BASE + "/projects/" + projectId + "/feature_flags/migrate/");
        HttpURLConnection conn = (HttpURLConnection) url.openConnection();
        conn.setRequestMethod("POST");
        conn.setRequestProperty("Authorization", "Bearer " + MIGRATION_ACCESS_TOKEN);
        return conn.getResponseCode();
    }
}
