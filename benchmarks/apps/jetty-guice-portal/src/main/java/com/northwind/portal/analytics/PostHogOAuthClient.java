package com.northwind.portal.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.northwind.portal.config.PortalSettings;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.message.BasicNameValuePair;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

/** Authorization-code exchange for partners who connect their own PostHog organisation. */
@Singleton
public class PostHogOAuthClient {

    private final CloseableHttpClient http;
    private final PortalSettings settings;
    private final ObjectMapper mapper;

    @Inject
    public PostHogOAuthClient(CloseableHttpClient http, PortalSettings settings, ObjectMapper mapper) {
        this.http = http;
        this.settings = settings;
        this.mapper = mapper;
    }

    public PostHogOAuthTokens exchange(String code, String redirectUri) throws FlagApiException {
        HttpPost post = new HttpPost(settings.getPosthogHost() + "/oauth/token/");
        post.setEntity(new UrlEncodedFormEntity(List.of(
                new BasicNameValuePair("grant_type", "authorization_code"),
                new BasicNameValuePair("code", code),
                new BasicNameValuePair("redirect_uri", redirectUri),
                new BasicNameValuePair("client_id", settings.getOauthClientId()))));
        try {
            JsonNode json = http.execute(post, r -> mapper.readTree(EntityUtils.toString(r.getEntity())));
            if (json.hasNonNull("error")) {
                throw new FlagApiException(400, "OAuth exchange failed: " + json.path("error").asText());
            }
            return new PostHogOAuthTokens(
                    json.get("access_token").asText(),
                    json.get("refresh_token").asText(),
                    Instant.now().plusSeconds(json.path("expires_in").asLong(3600)),
                    json.path("scope").asText());
        } catch (IOException e) {
            throw new FlagApiException("OAuth token endpoint unreachable", e);
        }
    }
}
