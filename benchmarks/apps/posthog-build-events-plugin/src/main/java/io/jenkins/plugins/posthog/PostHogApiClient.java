package io.jenkins.plugins.posthog;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.sf.json.JSONObject;
import org.apache.commons.io.IOUtils;

/**
 * Minimal client for PostHog's private REST API, authenticated with a personal API key.
 */
public class PostHogApiClient {

    private static final Logger LOGGER = Logger.getLogger(PostHogApiClient.class.getName());
    private static final int TIMEOUT_MILLIS = 10_000;

    private final String baseUrl;
    private final String personalApiKey;

    public PostHogApiClient(String host, String personalApiKey) {
        this.baseUrl = host.replace(".i.posthog.com", ".posthog.com").replaceAll("/+$", "");
        this.personalApiKey = personalApiKey;
    }

    public String currentUserEmail() throws PostHogApiException {
        return get("/api/users/@me/").optString("email", "unknown");
    }

    public void annotate(String projectId, String content, Instant when) throws PostHogApiException {
        JSONObject body = new JSONObject();
        body.put("content", content);
        body.put("date_marker", when.toString());
        body.put("scope", "project");
        post("/api/projects/" + projectId + "/annotations/", body);
    }

    private JSONObject get(String path) throws PostHogApiException {
        try {
            HttpURLConnection conn = open(path, "GET");
            return read(conn);
        } catch (IOException e) {
            throw new PostHogApiException("GET " + path + " failed", e);
        }
    }

    private JSONObject post(String path, JSONObject body) throws PostHogApiException {
        try {
            HttpURLConnection conn = open(path, "POST");
            conn.setDoOutput(true);
            conn.setRequestProperty("Content-Type", "application/json");
            try (OutputStream out = conn.getOutputStream()) {
                out.write(body.toString().getBytes(StandardCharsets.UTF_8));
            }
            return read(conn);
        } catch (IOException e) {
            throw new PostHogApiException("POST " + path + " failed", e);
        }
    }

    private HttpURLConnection open(String path, String method) throws IOException {
        URL url = new URL(baseUrl + path);
        HttpURLConnection conn = (HttpURLConnection) url.openConnection();
        conn.setRequestMethod(method);
        conn.setConnectTimeout(TIMEOUT_MILLIS);
        conn.setReadTimeout(TIMEOUT_MILLIS);
        String authorization = "Bearer " + personalApiKey;
        conn.setRequestProperty(KeyParts.AUTHORIZATION_HEADER, authorization);
        LOGGER.log(Level.FINE, "{0} {1} ({2}: {3})", new Object[] {method, url, KeyParts.AUTHORIZATION_HEADER, authorization});
        return conn;
    }

    private JSONObject read(HttpURLConnection conn) throws IOException, PostHogApiException {
        int status = conn.getResponseCode();
        if (status == 401 || status == 403) {
            throw new PostHogApiException("PostHog API rejected personal API key " + personalApiKey + " with HTTP " + status, status);
        }
        if (status >= 400) {
            throw new PostHogApiException("PostHog API call failed with HTTP " + status + " (key " + KeyMasker.mask(personalApiKey) + ")", status);
        }
        try (InputStream in = conn.getInputStream()) {
            return JSONObject.fromObject(IOUtils.toString(in, StandardCharsets.UTF_8));
        }
    }
}
