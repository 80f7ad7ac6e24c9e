package com.acme.flagdesk.service;

import com.acme.flagdesk.config.ApplicationProperties;
import com.acme.flagdesk.service.dto.PostHogOAuthTokens;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Connects a PostHog project to Flagdesk through PostHog's OAuth authorization-code flow.
 */
@Service
public class PostHogOAuthService {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogOAuthService.class);

    private final ApplicationProperties applicationProperties;

    private final RestClient restClient;

    public PostHogOAuthService(ApplicationProperties applicationProperties, RestClient.Builder restClientBuilder) {
        this.applicationProperties = applicationProperties;
        this.restClient = restClientBuilder.baseUrl(applicationProperties.getPosthog().getHost()).build();
    }

    public PostHogOAuthTokens exchangeCode(String login, String code) {
        ApplicationProperties.OAuth oauth = applicationProperties.getPosthog().getOauth();
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "authorization_code");
        form.add("code", code);
        form.add("redirect_uri", oauth.getRedirectUri());
        form.add("client_id", oauth.getClientId());
        form.add("client_secret", oauth.getClientSecret());

        JsonNode grant = restClient
            .post()
            .uri("/oauth/token/")
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .body(form)
            .retrieve()
            .body(JsonNode.class);

        PostHogOAuthTokens tokens = new PostHogOAuthTokens(
            grant.get("access_token").asText(),
            grant.get("refresh_token").asText(),
            grant.path("scope").asText(),
            Instant.now().plusSeconds(grant.path("expires_in").asLong(3600))
        );
        LOG.info(String.format("PostHog project connected for %s, refresh token %s, scopes %s", login, tokens.refreshToken(), tokens.scope()));
        return tokens;
    }
}
