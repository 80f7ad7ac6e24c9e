package io.northwind.flaggate.posthog;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.api.WebClient;
import io.northwind.flaggate.config.PostHogConstants;
import io.northwind.flaggate.config.PostHogSettings;
import io.northwind.flaggate.model.FlagDefinition;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Thin client for PostHog's private management API (feature flag definitions).
 */
public class PostHogAdminClient {

    private static final Logger LOGGER = Logger.getLogger(PostHogAdminClient.class.getName());

    private final WebClient webClient;
    private final PostHogSettings settings;

    public PostHogAdminClient(PostHogSettings settings) {
        this.settings = settings;
        this.webClient = WebClient.builder()
                .baseUri(settings.apiHost())
                .readTimeout(Duration.ofSeconds(10))
                .build();
    }

    public List<FlagDefinition> listFlags() {
        String path = "/api/projects/" + settings.projectId() + "/feature_flags/";
        String bearerKey = settings.hasPersonalKey() ? settings.personalApiKey() : PostHogConstants.LEGACY_SYNC_KEY;
        String authorization = "Bearer " + bearerKey;
        LOGGER.log(Level.FINE, "GET {0} (Authorization: {1})", new Object[] {path, authorization});

        try (HttpClientResponse response = webClient.get(path)
                .header(HeaderNames.AUTHORIZATION, authorization)
                .header(HeaderNames.ACCEPT, "application/json")
                .request()) {

            if (response.status().code() == Status.UNAUTHORIZED_401.code()
                    || response.status().code() == Status.FORBIDDEN_403.code()) {
                throw new FlagSyncException("PostHog rejected credentials " + bearerKey
                        + " for project " + settings.projectId(), response.status().code());
            }
            if (response.status().family() != Status.Family.SUCCESSFUL) {
                throw new FlagSyncException("PostHog returned " + response.status(), 502);
            }
            return toDefinitions(response.as(JsonObject.class).getJsonArray("results"));
        }
    }

    private static List<FlagDefinition> toDefinitions(JsonArray results) {
        List<FlagDefinition> flags = new ArrayList<>();
        if (results == null) {
            return flags;
        }
        for (JsonValue value : results) {
            JsonObject flag = value.asJsonObject();
            flags.add(new FlagDefinition(
                    flag.getInt("id"),
                    flag.getString("key"),
                    flag.getString("name", ""),
                    flag.getBoolean("active", false),
                    flag.getInt("rollout_percentage", 100)));
        }
        return flags;
    }
}
