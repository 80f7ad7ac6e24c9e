package io.northwind.flagportal.posthog;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.northwind.flagportal.config.PortalSettings;

/** Reads the flag catalog of one project from PostHog's private API. */
public class FlagCatalogClient {

    private static final Logger LOG = Logger.getLogger(FlagCatalogClient.class.getName());

    private final String apiHost;
    private final long projectId;
    private final String personalApiKey;

    public FlagCatalogClient(String apiHost, long projectId, String personalApiKey) {
        this.apiHost = apiHost;
        this.projectId = projectId;
        this.personalApiKey = personalApiKey;
    }

    public static FlagCatalogClient fromSettings(PortalSettings settings) {
        return new FlagCatalogClient(settings.getPrivateApiHost(), settings.getProjectId(),
                settings.getPersonalApiKey());
    }

    public List<FlagSummary> listFlags() throws FlagApiException {
        URI uri = URI.create(apiHost + "/api/projects/" + projectId + "/feature_flags/?limit=200");
        HttpURLConnection connection = null;
        try {
            connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setRequestMethod("GET");
            connection.setRequestProperty("Accept", "application/json");
            connection.setRequestProperty("Authorization", "Bearer " + personalApiKey);
            connection.setConnectTimeout(5_000);
            connection.setReadTimeout(10_000);

            int status = connection.getResponseCode();
            if (status != HttpURLConnection.HTTP_OK) {
                throw new FlagApiException("PostHog answered " + status + " to " + uri
                        + " using key " + personalApiKey, status);
            }
            try (Reader reader = new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8)) {
                return parse(JsonParser.parseReader(reader).getAsJsonObject());
            }
        } catch (IOException e) {
            throw new FlagApiException("PostHog flag catalog unreachable at " + apiHost, e);
        } finally {
            if (connection != null) {
                connection.disconnect();
            }
        }
    }

    private List<FlagSummary> parse(JsonObject page) {
        JsonArray results = page.getAsJsonArray("results");
        List<FlagSummary> flags = new ArrayList<>(results.size());
        for (JsonElement element : results) {
            JsonObject flag = element.getAsJsonObject();
            int rollout = flag.has("rollout_percentage") && !flag.get("rollout_percentage").isJsonNull()
                    ? flag.get("rollout_percentage").getAsInt() : 100;
            flags.add(new FlagSummary(flag.get("id").getAsLong(), flag.get("key").getAsString(),
                    flag.get("active").getAsBoolean(), rollout));
        }
        LOG.fine(() -> "Fetched " + flags.size() + " flags for project " + projectId);
        return flags;
    }
}
