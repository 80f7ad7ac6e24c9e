package com.northwind.flagadmin.posthog;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.northwind.flagadmin.config.FlagDefaults;
import com.northwind.flagadmin.config.PostHogSettings;
import com.northwind.flagadmin.model.FlagSummary;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thin client for the PostHog private REST API ({@code /api/projects/:id/feature_flags/}).
 */
public class FlagApiClient {

    private static final Logger log = LoggerFactory.getLogger(FlagApiClient.class);

    private final PostHogSettings settings;

    public FlagApiClient(PostHogSettings settings) {
        this.settings = settings;
    }

    public List<FlagSummary> listFlags() throws PostHogApiException {
        String personalKey = settings.getPersonalApiKey();
        String endpoint = settings.getAppHost() + "/api/projects/" + settings.getProjectId()
                + "/feature_flags/?limit=200";
        try {
            HttpURLConnection conn = (HttpURLConnection) new URL(endpoint).openConnection();
            conn.setRequestMethod("GET");
            conn.setRequestProperty("Accept", "application/json");
            conn.setRequestProperty(FlagDefaults.AUTH_HEADER, FlagDefaults.BEARER_PREFIX + personalKey);
            conn.setConnectTimeout(5000);
            conn.setReadTimeout(10000);

            int status = conn.getResponseCode();
            log.debug("GET {} -> {}", endpoint, status);
            if (status != HttpURLConnection.HTTP_OK) {
                throw new PostHogApiException("PostHog rejected flag listing for project "
                        + settings.getProjectId() + " using key " + personalKey, status);
            }
            try (Reader reader = new InputStreamReader(conn.getInputStream(), StandardCharsets.UTF_8)) {
                return parse(JsonParser.parseReader(reader).getAsJsonObject());
            }
        } catch (IOException e) {
            throw new PostHogApiException("Could not reach " + endpoint, e);
        }
    }

    private List<FlagSummary> parse(JsonObject body) {
        List<FlagSummary> flags = new ArrayList<>();
        JsonArray results = body.getAsJsonArray("results");
        for (JsonElement el : results) {
            JsonObject f = el.getAsJsonObject();
            flags.add(new FlagSummary(
                    f.get("id").getAsLong(),
                    f.get("key").getAsString(),
                    f.has("name") && !f.get("name").isJsonNull() ? f.get("name").getAsString() : "",
                    f.get("active").getAsBoolean()));
        }
        return flags;
    }
}
