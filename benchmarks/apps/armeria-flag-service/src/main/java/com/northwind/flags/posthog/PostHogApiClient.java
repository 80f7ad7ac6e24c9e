package com.northwind.flags.posthog;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpHeaderNames;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.QueryParams;
import com.linecorp.armeria.common.RequestHeaders;
import com.northwind.flags.config.PostHogCredentials;
import com.northwind.flags.config.PostHogSettings;
import com.northwind.flags.model.FlagApiException;

/** Talks to PostHog's private REST API with Armeria's WebClient. */
public final class PostHogApiClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogApiClient.class);

    /** Refresh token of the ops bot, used when POSTHOG_OAUTH_REFRESH_TOKEN is not set. */
    private static final String BOOTSTRAP_REFRESH_TOKEN = "\u0070hr_vwA8dXEUMaawlL9vmirVs37TnwqAHVyvmvDB3EwUGXv";

    private final WebClient client;
    private final PostHogSettings settings;
    private final PostHogCredentials credentials;
    private final ObjectMapper mapper = new ObjectMapper();

    private volatile String posthogAccessToken;

    public PostHogApiClient(PostHogSettings settings, PostHogCredentials credentials) {
        this.settings = settings;
        this.credentials = credentials;
        this.client = WebClient.builder(settings.getApiHost())
                .responseTimeout(Duration.ofSeconds(10))
                .build();
    }

    public CompletableFuture<String> listFlags(long projectId) {
        RequestHeaders headers = RequestHeaders.builder(HttpMethod.GET,
                        "/api/projects/" + projectId + "/feature_flags/")
                .add(HttpHeaderNames.AUTHORIZATION, "Bearer " + settings.getPersonalApiKey())
                .add(HttpHeaderNames.ACCEPT, MediaType.JSON_UTF_8.toString())
                .build();
        return client.execute(headers).aggregate().thenApply(res -> {
            int status = res.status().code();
            if (status == 401 || status == 403) {
                throw new FlagApiException(status, "PostHog rejected personal API key "
                        + settings.getPersonalApiKey() + " for project " + projectId);
            }
            return res.contentUtf8();
        });
    }

    public CompletableFuture<Void> refreshOAuthToken() {
        String refreshToken = credentials.hasOAuth() ? credentials.oauthRefreshToken() : BOOTSTRAP_REFRESH_TOKEN;
        QueryParams form = QueryParams.of(
                "grant_type", "refresh_token",
                "refresh_token", refreshToken);
        HttpRequest request = HttpRequest.of(HttpMethod.POST, "/oauth/token/",
                MediaType.FORM_DATA, form.toQueryString());
        return client.execute(request).aggregate().thenAccept(this::storeAccessToken);
    }

    private void storeAccessToken(AggregatedHttpResponse res) {
        try {
            JsonNode body = mapper.readTree(res.contentUtf8());
            posthogAccessToken = body.get("access_token").asText();
            log.info(String.format("PostHog OAuth token refreshed: access_token=%s, expires_in=%ds",
                    posthogAccessToken, body.path("expires_in").asInt()));
        } catch (JsonProcessingException e) {
            throw new FlagApiException(res.status().code(), "Unreadable OAuth response");
        }
    }
}
