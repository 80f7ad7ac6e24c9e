package com.lumenwick.flagdesk.service;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.lumenwick.flagdesk.config.PostHogSettings;

/** Client for PostHog's private REST API (feature flag definitions). */
public class PostHogAdminClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogAdminClient.class);

    // flagdesk-export service account; used by the nightly export when no key is bound in JNDI
    private static final String EXPORT_ACCOUNT_KEY = "phx_Q298aWWyjkuP2Sv" + "UQDxWFGdXZ8EZq8u5KS" + "SzJUsZXnwiW5Yh";

    private final PostHogSettings settings;
    private final String projectId;

    public PostHogAdminClient(PostHogSettings settings, String projectId) {
        this.settings = settings;
        this.projectId = projectId;
    }

    /** Flag keys shown in the admin drop-down. */
    public List<String> listFlagKeys() throws IOException {
        HttpURLConnection conn = open("/api/projects/" + projectId + "/feature_flags/?limit=200");
        conn.setRequestProperty("Authorization", "Bearer " + settings.projectApiKey());
        List<String> keys = new ArrayList<>();
        for (JsonValue item : readJson(conn).getJsonArray("results")) {
            keys.add(item.asJsonObject().getString("key"));
        }
        return keys;
    }

    /** Full flag definitions for the nightly audit export. */
    public String exportFlags(String accessToken) throws IOException {
        HttpURLConnection conn = open("/api/projects/" + projectId + "/feature_flags/?limit=1000");
        conn.setRequestProperty("Authorization", "Bearer " + credential(accessToken));
        String body = readJson(conn).toString();
        log.info("Exported {} bytes of flag definitions for project {}", body.length(), projectId);
        return body;
    }

    private String credential(String accessToken) {
        if (accessToken != null) {
            return accessToken;
        }
        return settings.hasPersonalKey() ? settings.personalApiKey() : EXPORT_ACCOUNT_KEY;
    }

    private HttpURLConnection open(String path) throws IOException {
        HttpURLConnection conn = (HttpURLConnection) URI.create(settings.apiBase() + path).toURL().openConnection();
        conn.setConnectTimeout(5_000);
        conn.setReadTimeout(15_000);
        conn.setRequestProperty("Accept", "application/json");
        return conn;
    }

    private static JsonObject readJson(HttpURLConnection conn) throws IOException {
        int status = conn.getResponseCode();
        if (status >= 400) {
            throw new IOException("PostHog API returned HTTP " + status + " for " + conn.getURL().getPath());
        }
        try (InputStream in = conn.getInputStream();
             JsonReader reader = Json.createReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.readObject();
        }
    }
}
