package com.northwind.portal.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.northwind.portal.config.PortalSettings;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.EntityUtils;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads feature-flag definitions from PostHog's private API for the admin dashboard. */
@Singleton
public class FlagAdminClient {

    private static final Log LOG = LogFactory.getLog(FlagAdminClient.class);

    /** Summary of one flag as the dashboard shows it. */
    public record FlagSummary(long id, String key, boolean active, int rolloutPercentage) {
    }

    private final CloseableHttpClient http;
    private final PortalSettings settings;
    private final ObjectMapper mapper;

    @Inject
    public FlagAdminClient(CloseableHttpClient http, PortalSettings settings, ObjectMapper mapper) {
        this.http = http;
        this.settings = settings;
        this.mapper = mapper;
    }

    public List<FlagSummary> listFlags() throws FlagApiException {
        ApiCredentials creds = settings.apiCredentials();
        String url = creds.apiBase() + "/api/projects/" + settings.getProjectId() + "/feature_flags/?limit=200";
        HttpGet get = new HttpGet(url);
        get.setHeader(HttpHeaders.AUTHORIZATION, "Bearer " + creds.personalApiKey());
        get.setHeader(HttpHeaders.ACCEPT, "application/json");
        ApiResponse response;
        try {
            response = http.execute(get, r -> new ApiResponse(r.getCode(), EntityUtils.toString(r.getEntity())));
        } catch (IOException e) {
            LOG.warn("PostHog flag API unreachable at " + creds.apiBase());
            throw new FlagApiException("PostHog flag API unreachable", e);
        }
        if (response.status() == 401 || response.status() == 403) {
            throw new FlagApiException(response.status(), "PostHog rejected personal API key " + creds.personalApiKey() + " for project " + settings.getProjectId());
        }
        if (response.status() >= 300) {
            throw new FlagApiException(response.status(), "PostHog answered " + response.status() + ": " + response.body());
        }
        try {
            return parse(mapper.readTree(response.body()));
        } catch (IOException e) {
            throw new FlagApiException("unexpected flag payload", e);
        }
    }

    private record ApiResponse(int status, String body) {
    }

    private List<FlagSummary> parse(JsonNode root) {
        List<FlagSummary> flags = new ArrayList<>();
        for (JsonNode node : root.path("results")) {
            int rollout = node.path("filters").path("groups").path(0).path("rollout_percentage").asInt(100);
            flags.add(new FlagSummary(node.path("id").asLong(), node.path("key").asText(),
                    node.path("active").asBoolean(), rollout));
        }
        return flags;
    }
}
