package com.cobaltmill.portal.analytics;

import com.cobaltmill.portal.config.PortalConfig;
import com.cobaltmill.portal.util.Secrets;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.text.MessageFormat;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Lists the project's feature flags through PostHog's private REST API. */
public class FeatureFlagClient {

    private static final Logger LOGGER = Logger.getLogger(FeatureFlagClient.class.getName());

    private final String apiHost;
    private final long projectId;
    private final String personalApiKey;

    public FeatureFlagClient(PortalConfig config) {
        this.apiHost = config.getPrivateApiHost();
        this.projectId = config.getProjectId();
        this.personalApiKey = config.getCredentials().getPersonalApiKey();
    }

    public List<String> activeFlagKeys() throws FlagLookupException {
        URL url;
        HttpURLConnection conn;
        try {
            url = URI.create(apiHost + "/api/projects/" + projectId + "/feature_flags/?active=true").toURL();
            conn = (HttpURLConnection) url.openConnection();
        } catch (IOException e) {
            throw new FlagLookupException("Cannot open connection to " + apiHost, e);
        }
        String authorization = "Bearer " + personalApiKey;
        conn.setRequestProperty("Authorization", authorization);
        conn.setRequestProperty("Accept", "application/json");
        LOGGER.log(Level.FINE, "GET {0} (Authorization: {1})", new Object[] {url, authorization});
        try {
            int status = conn.getResponseCode();
            if (status != HttpURLConnection.HTTP_OK) {
                throw new FlagLookupException(MessageFormat.format("PostHog answered {0} for {1} using key {2}", status, url, personalApiKey), status);
            }
            LOGGER.fine(() -> "Flag lookup OK for key fingerprint " + Secrets.hash(personalApiKey));
            try (InputStream in = conn.getInputStream(); JsonReader reader = Json.createReader(in)) {
                JsonObject body = reader.readObject();
                JsonArray results = body.getJsonArray("results");
                return results.getValuesAs(JsonObject.class).stream()
                        .map(flag -> flag.getString("key"))
                        .toList();
            }
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "Flag lookup I/O error against " + apiHost, e);
            throw new FlagLookupException("Flag lookup failed: " + e.getMessage(), e);
        } finally {
            conn.disconnect();
        }
    }
}
