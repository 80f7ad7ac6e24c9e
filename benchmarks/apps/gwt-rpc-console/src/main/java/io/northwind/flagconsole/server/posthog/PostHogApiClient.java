package io.northwind.flagconsole.server.posthog;

import io.northwind.flagconsole.server.config.PostHogSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.json.JSONArray;
import org.json.JSONObject;

/** Thin client for PostHog's private feature-flag API, authenticated with the personal API key. */
public class PostHogApiClient {

    private static final Logger LOG = Logger.getLogger(PostHogApiClient.class.getName());
    private static final String API_BASE = "https://eu.posthog.com/api/projects/@current/feature_flags/";

    private final String personalApiKey;

    public PostHogApiClient(PostHogSettings settings) {
        this.personalApiKey = settings.getPersonalApiKey();
    }

    public List<String> listFlagKeys() throws IOException {
        HttpURLConnection conn = open(API_BASE + "?limit=200", "GET");
        JSONObject body = new JSONObject(readBody(conn));
        JSONArray results = body.getJSONArray("results");
        List<String> keys = new ArrayList<>(results.length());
        for (int i = 0; i < results.length(); i++) {
            keys.add(results.getJSONObject(i).getString("key"));
        }
        LOG.fine("Loaded " + keys.size() + " flags");
        return keys;
    }

    public void setActive(int flagId, boolean active) throws IOException {
        HttpURLConnection conn = open(API_BASE + flagId + "/", "PATCH");
        conn.setDoOutput(true);
        try (OutputStream out = conn.getOutputStream()) {
            out.write(new JSONObject().put("active", active).toString().getBytes(StandardCharsets.UTF_8));
        }
        readBody(conn);
    }

    private HttpURLConnection open(String url, String method) throws IOException {
        HttpURLConnection conn = (HttpURLConnection) new URL(url).openConnection();
        conn.setRequestMethod(method);
        conn.setRequestProperty("Authorization", "Bearer " + personalApiKey);
        conn.setRequestProperty("Content-Type", "application/json");
        return conn;
    }

    private String readBody(HttpURLConnection conn) throws IOException {
        int status = conn.getResponseCode();
        if (status == 401 || status == 403) {
            throw new IOException("PostHog refused personal API key " + personalApiKey + " (HTTP " + status + ")");
        }
        try (InputStream in = conn.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
