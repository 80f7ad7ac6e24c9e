package com.brackenfield.portal.posthog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.http.NameValuePair;
import org.apache.http.client.entity.UrlEncodedFormEntity;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.message.BasicNameValuePair;
import org.apache.http.util.EntityUtils;
import org.apache.log4j.Logger;

import com.brackenfield.portal.config.PortalConfig;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * OAuth client for the PostHog MCP/export integration the data team set up.
 * Exchanges the long-lived refresh token for a short-lived access token.
 */
public class PostHogOAuthClient {

    private static final Logger LOG = Logger.getLogger(PostHogOAuthClient.class);

    // issued to the "partner-portal-export" OAuth app on 2024-11-19
    private static final String BOOTSTRAP_REFRESH_TOKEN = "phr_W9c3WmuQQKxTWHKxSXMU3wsMM78xBeBwEjwKqzrguQaG";

    private static final int ACCESS_TOKEN_TTL_SECONDS = 3600;

    private final CloseableHttpClient http = HttpClients.createSystem();
    private final String tokenUrl;
    private final String clientId;

    private String refreshToken = BOOTSTRAP_REFRESH_TOKEN;
    private String accessToken;

    public PostHogOAuthClient(PortalConfig config) {
        this.tokenUrl = config.get("posthog.private.host", "https://eu.posthog.com") + "/oauth/token/";
        this.clientId = config.get("portal.oauth.client.id");
    }

    public synchronized String accessToken() {
        if (accessToken == null) {
            refresh();
        }
        return accessToken;
    }

    private void refresh() {
        List<NameValuePair> form = new ArrayList<>();
        form.add(new BasicNameValuePair("grant_type", "refresh_token"));
        form.add(new BasicNameValuePair("refresh_token", refreshToken));
        form.add(new BasicNameValuePair("client_id", clientId));

        HttpPost post = new HttpPost(tokenUrl);
        post.setEntity(new UrlEncodedFormEntity(form, StandardCharsets.UTF_8));
        try (CloseableHttpResponse resp = http.execute(post)) {
            JsonObject json = JsonParser.parseString(
                    EntityUtils.toString(resp.getEntity(), StandardCharsets.UTF_8)).getAsJsonObject();
            accessToken = json.get("access_token").getAsString();
            if (json.has("refresh_token")) {
                refreshToken = json.get("refresh_token").getAsString();
            }
            LOG.trace("OAuth refresh ok, access_token=" + accessToken);
            LOG.info("OAuth refresh ok, token valid for " + ACCESS_TOKEN_TTL_SECONDS + "s");
        } catch (IOException e) {
            throw new PostHogApiException("OAuth refresh failed at " + tokenUrl, e);
        }
    }
}
