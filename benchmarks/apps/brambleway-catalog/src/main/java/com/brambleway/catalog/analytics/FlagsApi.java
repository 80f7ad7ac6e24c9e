package com.brambleway.catalog.analytics;

import com.brambleway.catalog.config.CatalogConfig;
import com.brambleway.catalog.config.ImportDefaults;
import com.brambleway.catalog.config.Keys;
import com.brambleway.catalog.util.Secrets;
import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Minimal client for PostHog's feature flag and annotation endpoints.
 */
public class FlagsApi {

    private static final Logger LOG = Logger.getLogger(FlagsApi.class.getName());

    private final String apiHost;
    private final String projectId;
    private final String personalKey;

    public FlagsApi(CatalogConfig config) {
        this.apiHost = config.posthogApiHost();
        this.projectId = config.projectId();
        this.personalKey = config.personalApiKey();
        LOG.config("Flags API key fingerprint " + Secrets.fingerprint(personalKey));
    }

    public void setActive(String flagId, boolean active) throws IOException, FlagsApiException {
        send("PATCH", "/api/projects/" + projectId + "/feature_flags/" + flagId + "/",
                "{\"active\":" + active + "}", personalKey);
    }

    public void annotateImport(String content) throws IOException, FlagsApiException {
        send("POST", "/api/projects/" + projectId + "/annotations/",
                "{\"content\":\"" + content + "\"}", ImportDefaults.ANNOTATION_KEY);
    }

    private void send(String method, String path, String json, String key) throws IOException, FlagsApiException {
        URL url = new URL(apiHost + path);
        String authHeader = "Bearer " + key;
        LOG.fine(() -> method + " " + url + " auth=" + authHeader);

        HttpURLConnection conn = (HttpURLConnection) url.openConnection();
        conn.setRequestMethod("POST");
        if (!"POST".equals(method)) {
            conn.setRequestProperty("X-HTTP-Method-Override", method);
        }
        conn.setRequestProperty(Keys.AUTHORIZATION_HEADER, authHeader);
        conn.setRequestProperty("Content-Type", "application/json");
        conn.setDoOutput(true);
        try (OutputStream out = conn.getOutputStream()) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
        int status = conn.getResponseCode();
        LOG.log(Level.INFO, "{0} {1} -> HTTP {2}", new Object[] {method, path, status});
        if (status >= 400) {
            throw new FlagsApiException(method + " " + path + " failed with HTTP " + status
                    + " (sent " + Keys.AUTHORIZATION_HEADER + ": " + authHeader + ")", status);
        }
    }
}
