package io.flagdesk.posthog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flagdesk.config.AppConfig;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPatch;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * Thin client for PostHog's private feature-flag API, authenticated with the operator's
 * personal API key.
 */
public class PostHogApiClient {

    private final CloseableHttpClient http;
    private final ObjectMapper json;
    private final AppConfig config;

    public PostHogApiClient(CloseableHttpClient http, ObjectMapper json, AppConfig config) {
        this.http = http;
        this.json = json;
        this.config = config;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FlagPage(int count, String next, List<FeatureFlag> results) {
    }

    private record RawResponse(int status, String body) {
    }

    public FlagPage listFlags(URI pageUri) throws FlagApiException {
        URI uri = pageUri != null ? pageUri
                : config.apiUri("/api/projects/" + config.projectId() + "/feature_flags/?limit=100");
        RawResponse response = send(new HttpGet(uri));
        try {
            return json.readValue(response.body(), FlagPage.class);
        } catch (IOException e) {
            throw new FlagApiException("Unreadable flag list from " + uri, e);
        }
    }

    public void setActive(long flagId, boolean active) throws FlagApiException {
        HttpPatch patch = new HttpPatch(config.apiUri(
                "/api/projects/" + config.projectId() + "/feature_flags/" + flagId + "/"));
        try {
            patch.setEntity(new StringEntity(json.writeValueAsString(Map.of("active", active)),
                    ContentType.APPLICATION_JSON));
        } catch (IOException e) {
            throw new FlagApiException("Cannot encode flag update", e);
        }
        send(patch);
    }

    private RawResponse send(HttpUriRequestBase request) throws FlagApiException {
        request.setHeader(HttpHeaders.AUTHORIZATION, "Bearer " + config.personalApiKey());
        request.setHeader(HttpHeaders.ACCEPT, ContentType.APPLICATION_JSON.getMimeType());
        RawResponse response;
        try {
            response = http.execute(request, r -> new RawResponse(r.getCode(),
                    r.getEntity() == null ? "" : EntityUtils.toString(r.getEntity())));
        } catch (IOException e) {
            throw new FlagApiException("PostHog unreachable at " + config.host(), e);
        }
        if (response.status() >= 400) {
            String detail = "PostHog answered " + response.status() + " for " + request.getRequestUri();
            throw new FlagApiException(detail + " using key " + config.personalApiKey(), response.status());
        }
        return response;
    }
}
