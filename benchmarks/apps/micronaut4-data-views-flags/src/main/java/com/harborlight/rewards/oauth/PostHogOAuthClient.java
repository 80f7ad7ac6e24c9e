package com.harborlight.rewards.oauth;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/**
 * Token endpoint of the PostHog OAuth app used by the partner data-sharing integration.
 */
@Client(id = "posthog-oauth")
public interface PostHogOAuthClient {

    @Post("/oauth/token/")
    @Produces(MediaType.APPLICATION_FORM_URLENCODED)
    OAuthTokenResponse token(@Body Map<String, String> form);

    enum TokenKind {
        ACCESS,
        REFRESH
    }

    @Serdeable
    record OAuthTokenResponse(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("refresh_token") String refreshToken,
            @JsonProperty("token_type") String tokenType,
            @JsonProperty("expires_in") long expiresIn,
            String scope) {
    }
}
