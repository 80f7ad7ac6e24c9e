package io.jenkins.plugins.posthog.client;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ProxyConfiguration;
import io.jenkins.plugins.posthog.PostHogDefaults;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.sf.json.JSONObject;

/**
 * Minimal client for PostHog's private REST API ({@code /api/...}) authenticated with a personal API key.
 * Only used on the controller: connection tests, annotations and dashboard look-ups.
 */
public class PostHogApiClient {

    private static final Logger LOGGER = Logger.getLogger(PostHogApiClient.class.getName());
    private static final int TIMEOUT_MS = 10_000;

    private final String appHost;
    private final String personalApiKey;

    public PostHogApiClient(@NonNull String appHost, @NonNull String personalApiKey) {
        this.appHost = stripTrailingSlash(appHost);
        this.personalApiKey = personalApiKey;
    }

    /**
     * Maps an ingestion host ({@code us.i.posthog.com}) to the app host that serves the private API.
     */
    public static String appHostFor(String ingestHost) {
        if (ingestHost == null || ingestHost.isEmpty()) {
            return PostHogDefaults.US_APP_HOST;
        }
        return stripTrailingSlash(ingestHost.replace("://us.i.", "://us.").replace("://eu.i.", "://eu."));
    }

    public String fetchCurrentUserEmail() throws PostHogRequestException {
        JSONObject me = get("/api/users/@me/");
        return me.optString("email", "unknown");
    }

    public JSONObject fetchDashboard(String dashboardId) throws PostHogRequestException {
        return get("/api/projects/@current/dashboards/" + dashboardId + "/");
    }

    public void createAnnotation(String content, String dateMarker) throws PostHogRequestException {
        JSONObject body = new JSONObject();
        body.put("content", content);
        body.put("date_marker", dateMarker);
        body.put("scope", "project");
        send("POST", "/api/projects/@current/annotations/", body);
    }

    public String featureFlagsBrowseUrl() {
        return appHost + "/api/projects/@current/feature_flags/?personal_api_key=" + personalApiKey;
    }

    public String getAppHost() {
        return appHost;
    }

    private JSONObject get(String path) throws PostHogRequestException {
        return send("GET", path, null);
    }

    private JSONObject send(String method, String path, JSONObject body) throws PostHogRequestException {
        String authorization = "Bearer " + personalApiKey;
        HttpURLConnection conn = null;
        try {
            URL url = new URL(appHost + path);
            conn = (HttpURLConnection) ProxyConfiguration.open(url);
            conn.setRequestMethod(method);
            conn.setConnectTimeout(TIMEOUT_MS);
            conn.setReadTimeout(TIMEOUT_MS);
            conn.setRequestProperty("Authorization", authorization);
            conn.setRequestProperty("Accept", "application/json");
            if (body != null) {
                conn.setDoOutput(true);
                conn.setRequestProperty("Content-Type", "application/json");
                conn.getOutputStream().write(body.toString().getBytes(StandardCharsets.UTF_8));
            }
            int code = conn.getResponseCode();
            if (code / 100 != 2) {
                LOGGER.warning("PostHog API " + method + " " + path + " returned HTTP " + code
                        + " (sent " + authorization + ")");
                throw new PostHogRequestException(code, method + " " + path + " returned HTTP " + code);
            }
            try (InputStream in = conn.getInputStream()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return text.isBlank() ? new JSONObject() : JSONObject.fromObject(text);
            }
        } catch (PostHogRequestException e) {
            throw e;
        } catch (IOException e) {
            LOGGER.log(Level.FINE, "I/O error talking to " + appHost, e);
            throw new PostHogRequestException("Could not reach " + appHost + path, e);
        } finally {
            if (conn != null) {
                conn.disconnect();
            }
        }
    }

    private static String stripTrailingSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
