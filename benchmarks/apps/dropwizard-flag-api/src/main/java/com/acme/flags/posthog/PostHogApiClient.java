package com.acme.flags.posthog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

/**
 * Thin Jersey client for PostHog's private REST API (feature-flag definitions, OAuth).
 */
public class PostHogApiClient {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogApiClient.class);
    private static final String REQUEST_ID_HEADER = "X-Request-Id";

    private final Client client;
    private final PostHogSettings settings;

    public PostHogApiClient(Client client, PostHogSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FlagPage(int count, String next, List<Map<String, Object>> results) {
    }

    public List<Map<String, Object>> listFlags() {
        String personalKey = settings.getPersonalApiKey();
        Response response = client.target(settings.getApiHost())
                .path("api/projects/{projectId}/feature_flags/")
                .resolveTemplate("projectId", settings.getProjectId())
                .queryParam("active", "true")
                .request(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + personalKey)
                .get();
        try {
            if (response.getStatus() != 200) {
                throw new PostHogApiException(response.getStatus(), response.getHeaderString(REQUEST_ID_HEADER),
                        "Listing feature flags failed (HTTP " + response.getStatus() + ") for key " + personalKey);
            }
            return response.readEntity(FlagPage.class).results();
        } finally {
            response.close();
        }
    }

    public OAuthTokens exchangeCode(String code) {
        Form form = new Form()
                .param("grant_type", "authorization_code")
                .param("code", code)
                .param("client_id", settings.getOauthClientId())
                .param("client_secret", settings.getOauthClientSecret())
                .param("redirect_uri", settings.getOauthRedirectUri());
        OAuthTokens tokens = postTokenForm(form);
        LOG.debug("PostHog OAuth code exchanged: {}", tokens);
        return tokens;
    }

    public OAuthTokens refresh(OAuthTokens current) {
        Form form = new Form()
                .param("grant_type", "refresh_token")
                .param("refresh_token", current.refreshToken())
                .param("client_id", settings.getOauthClientId())
                .param("client_secret", settings.getOauthClientSecret());
        try {
            return postTokenForm(form);
        } catch (PostHogApiException e) {
            LOG.error(String.format("PostHog OAuth refresh failed (HTTP %d), refresh_token=%s",
                    e.getStatus(), current.refreshToken()));
            throw e;
        }
    }

    private OAuthTokens postTokenForm(Form form) {
        Response response = client.target(settings.getApiHost())
                .path("oauth/token/")
                .request(MediaType.APPLICATION_JSON_TYPE)
                .post(Entity.form(form));
        try {
            if (response.getStatus() >= 400) {
                throw new PostHogApiException(response.getStatus(), response.getHeaderString(REQUEST_ID_HEADER),
                        "Token endpoint answered " + response.getStatus());
            }
            return response.readEntity(new GenericType<OAuthTokens>() { });
        } finally {
            response.close();
        }
    }
}
