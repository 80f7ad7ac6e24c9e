package com.larchmont.errortracker.flags;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.larchmont.errortracker.config.PostHogSettings;
import com.larchmont.errortracker.errors.FlagEvaluationException;
import com.larchmont.errortracker.errors.UpstreamAuthException;
import com.posthog.server.PostHogInterface;
import io.dropwizard.lifecycle.Managed;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class FlagService implements Managed {

    private static final Logger LOG = LoggerFactory.getLogger(FlagService.class);

    private final PostHogSettings settings;
    private final PostHogInterface flagClient;
    private final ObjectMapper mapper;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public FlagService(PostHogSettings settings, PostHogInterface flagClient, ObjectMapper mapper) {
        this.settings = settings;
        this.flagClient = flagClient;
        this.mapper = mapper;
    }

    public boolean isEnabled(String flagKey, String distinctId) {
        try {
            return flagClient.isFeatureEnabled(distinctId, flagKey, false);
        } catch (RuntimeException e) {
            LOG.warn("Evaluation of flag {} failed for {}", flagKey, distinctId);
            throw new FlagEvaluationException(flagKey, e);
        }
    }

    public JsonNode listFlags() throws IOException, InterruptedException {
        String personalApiKey = settings.getPersonalApiKey();
        URI uri = URI.create(privateApiBase() + "/api/projects/" + settings.getProjectId() + "/feature_flags/");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + personalApiKey)
                .header(HttpHeaders.ACCEPT, "application/json")
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new UpstreamAuthException("PostHog refused personal API key " + personalApiKey
                    + " for project " + settings.getProjectId(), response.statusCode());
        }
        LOG.debug("Listed flags for project {} (status {}, tokenPresent={})",
                settings.getProjectId(), response.statusCode(), personalApiKey != null);
        return mapper.readTree(response.body());
    }

    private String privateApiBase() {
        return settings.getHost().replace(".i.posthog.com", ".posthog.com");
    }

    @Override
    public void start() {
        LOG.info("Flag service started against {}", settings.getHost());
    }

    @Override
    public void stop() {
        flagClient.close();
    }
}
