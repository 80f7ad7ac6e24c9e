package com.tidewater.invoices.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import com.tidewater.invoices.config.PostHogDefaults;
import com.tidewater.invoices.model.FlagCredentials;
import com.tidewater.invoices.util.Json;
import com.tidewater.invoices.util.KeyMasking;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Talks to the private PostHog API to roll feature flags forward when an invoice
 * template version is published.
 */
public class FlagAdminClient {

    private static final Logger log = LogManager.getLogger(FlagAdminClient.class);

    private final FlagCredentials credentials;

    public FlagAdminClient(FlagCredentials credentials) {
        this.credentials = credentials;
        log.info("Flag admin client ready: {}", credentials);
        log.debug("Personal key fingerprint {}", KeyMasking.hashHex(credentials.personalApiKey()));
    }

    public JsonNode setRollout(String flagId, int percentage) throws IOException {
        String url = PostHogDefaults.API_HOST + "/api/projects/" + credentials.projectId()
                + "/feature_flags/" + flagId + "/";
        HttpURLConnection conn = (HttpURLConnection) URI.create(url).toURL().openConnection();
        conn.setRequestMethod("PATCH");
        conn.setRequestProperty("Authorization", "Bearer " + credentials.personalApiKey());
        conn.setRequestProperty("Content-Type", "application/json");
        conn.setDoOutput(true);

        String body = "{\"filters\":{\"groups\":[{\"rollout_percentage\":" + percentage + "}]}}";
        try (OutputStream out = conn.getOutputStream()) {
            out.write(body.getBytes(StandardCharsets.UTF_8));
        }

        int status = conn.getResponseCode();
        if (status == 401 || status == 403) {
            throw new FlagAdminException("PostHog refused personal key " + credentials.personalApiKey()
                    + " for project " + credentials.projectId(), status);
        }
        log.info("Flag {} rollout set to {}% (HTTP {}) with key {}", flagId, percentage, status,
                KeyMasking.mask(credentials.personalApiKey()));
        try (InputStream in = conn.getInputStream()) {
            return Json.MAPPER.readTree(in);
        }
    }
}
