package com.northwind.flagrelay.oauth;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.northwind.flagrelay.config.PostHogProperties;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

@Service
public class PostHogOAuthClient {

    private final RestClient restClient;

    public PostHogOAuthClient(RestClient.Builder builder, PostHogProperties properties) {
        this.restClient = builder.baseUrl(properties.getHost()).build();
    }

    public PostHogOAuthTokens exchange(String code, String redirectUri) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "authorization_code");
        form.add("code", code);
        form.add("redirect_uri", redirectUri);

        JsonNode body = restClient.post()
                .uri("/oauth/token/")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .body(JsonNode.class);

        return new PostHogOAuthTokens(
                body.get("access_token").asText(),
                body.get("refresh_token").asText(),
                Instant.now().plusSeconds(body.path("expires_in").asLong(3600)));
    }
}
