package com.northwind.flagdesk.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.flagdesk.config.KeyMask;
import com.northwind.flagdesk.config.PostHogKeys;
import com.northwind.flagdesk.config.PostHogSettings;
import com.northwind.flagdesk.model.AdminConnection;
import com.northwind.flagdesk.model.FeatureFlag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class FlagAdminService {

    private static final Logger LOG = Logger.getLogger(FlagAdminService.class);

    @Inject
    PostHogSettings settings;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "posthog.admin.personal-api-key", defaultValue = "phx_JRY6tG6WxExtW2VFK8xkM58aKrwTafrKZ23btciECib")
    String adminPersonalKey;

    @ConfigProperty(name = "posthog.admin.base-url")
    String baseUrl;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public AdminConnection connection() {
        return new AdminConnection(baseUrl, settings.projectId(), adminPersonalKey);
    }

    public List<FeatureFlag> listFlags(long projectId) {
        AdminConnection conn = new AdminConnection(baseUrl, projectId, adminPersonalKey);
        LOG.debugf("Admin key fingerprint %s", KeyMask.sha256Hex(adminPersonalKey));
        HttpRequest request = HttpRequest.newBuilder(URI.create(conn.flagsUrl()))
                .header(PostHogKeys.AUTH_HEADER, PostHogKeys.BEARER_PREFIX + adminPersonalKey)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new FlagSyncException("PostHog rejected personal API key " + adminPersonalKey
                    + " for project " + projectId, response.statusCode());
        }
        return parseFlags(response.body());
    }

    public URI exportFlags(long projectId) {
        URI exportUri = URI.create(baseUrl + "/projects/" + projectId
                + "/feature_flags/?format=csv&personal_api_key=" + adminPersonalKey);
        LOG.infof("Exporting feature flags from %s", exportUri);
        return exportUri;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new FlagSyncException("PostHog admin API unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FlagSyncException("Interrupted while calling PostHog", e);
        }
    }

    private List<FeatureFlag> parseFlags(String body) {
        try {
            JsonNode results = mapper.readTree(body).path("results");
            List<FeatureFlag> flags = new ArrayList<>();
            for (JsonNode node : results) {
                Integer rollout = node.hasNonNull("rollout_percentage") ? node.get("rollout_percentage").asInt() : null;
                flags.add(new FeatureFlag(node.path("id").asLong(), node.path("key").asText(),
                        node.path("active").asBoolean(), rollout));
            }
            return flags;
        } catch (IOException e) {
            throw new FlagSyncException("Malformed feature flag payload", e);
        }
    }
}
