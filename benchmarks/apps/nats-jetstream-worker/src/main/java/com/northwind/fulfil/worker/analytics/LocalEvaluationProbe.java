package com.northwind.fulfil.worker.analytics;

import com.northwind.fulfil.worker.config.PostHogKeys;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

public class LocalEvaluationProbe {

    private static final Logger log = LogManager.getLogger(LocalEvaluationProbe.class);
    private static final String AUTH_HEADER = "Authorization";

    private final String host;
    private final String projectApiKey;

    public LocalEvaluationProbe(String host, String projectApiKey) {
        this.host = host;
        this.projectApiKey = projectApiKey;
    }

    public Optional<String> fetchDefinitions() throws IOException {
        String bearer = "Bearer " + PostHogKeys.OPS_PERSONAL_KEY;
        URL url = URI.create(host + "/api/feature_flag/local_evaluation/?token=" + projectApiKey + "&send_cohorts").toURL();
        HttpURLConnection conn = (HttpURLConnection) url.openConnection();
        conn.setRequestMethod("GET");
        conn.setConnectTimeout(5_000);
        conn.setReadTimeout(10_000);
        conn.setRequestProperty(AUTH_HEADER, bearer);
        log.debug("GET {} with {} header", url, AUTH_HEADER);

        int status = conn.getResponseCode();
        if (status == HttpURLConnection.HTTP_UNAUTHORIZED || status == HttpURLConnection.HTTP_FORBIDDEN) {
            log.warn("Local evaluation refused with {}; request sent {}: {}", status, AUTH_HEADER, bearer);
            return Optional.empty();
        }
        try (InputStream in = conn.getInputStream()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            log.debug("Fetched {} bytes of flag definitions", body.length());
            return Optional.of(body);
        } finally {
            conn.disconnect();
        }
    }
}
