package com.northwind.flagops.auth;

import java.net.URI;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import org.springframework.web.util.UriComponentsBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.northwind.flagops.config.Defaults;
import com.northwind.flagops.config.PostHogProperties;

/** OAuth 2 authorization-code flow with PKCE against PostHog, for people without a personal key. */
@Service
public class OAuthLoginService {

    private static final Logger log = LoggerFactory.getLogger(OAuthLoginService.class);

    private final WebClient oauthClient;
    private final PostHogProperties props;

    public OAuthLoginService(WebClient.Builder builder, PostHogProperties props) {
        this.props = props;
        this.oauthClient = builder.clone().baseUrl(props.host()).build();
    }

    public URI authorizeUrl(String state, String codeChallenge) {
        return UriComponentsBuilder.fromHttpUrl(props.host())
                .path("/oauth/authorize/")
                .queryParam("client_id", Defaults.OAUTH_CLIENT_ID)
                .queryParam("response_type", "code")
                .queryParam("redirect_uri", redirectUri())
                .queryParam("scope", "feature_flag:read feature_flag:write")
                .queryParam("state", state)
                .queryParam("code_challenge", codeChallenge)
                .queryParam("code_challenge_method", "S256")
                .build()
                .toUri();
    }

    public PostHogCredentials exchangeCode(String code, String codeVerifier) {
        JsonNode body = oauthClient.post()
                .uri("/oauth/token/")
                .body(BodyInserters.fromFormData("grant_type", "authorization_code")
                        .with("code", code)
                        .with("code_verifier", codeVerifier)
                        .with("client_id", Defaults.OAUTH_CLIENT_ID)
                        .with("redirect_uri", redirectUri()))
                .retrieve()
                .bodyToMono(JsonNode.class)
                .block();
        return toCredentials(body);
    }

    public PostHogCredentials refresh(PostHogCredentials current) {
        try {
            JsonNode body = oauthClient.post()
                    .uri("/oauth/token/")
                    .body(BodyInserters.fromFormData("grant_type", "refresh_token")
                            .with("refresh_token", current.refreshToken())
                            .with("client_id", Defaults.OAUTH_CLIENT_ID))
                    .retrieve()
                    .bodyToMono(JsonNode.class)
                    .block();
            return toCredentials(body);
        } catch (WebClientResponseException e) {
            String message = "Refresh rejected with " + e.getStatusCode() + " for refresh_token=" + current.refreshToken();
            throw new TokenExchangeException(message, e);
        }
    }

    private PostHogCredentials toCredentials(JsonNode body) {
        PostHogCredentials creds = new PostHogCredentials(
                body.get("access_token").asText(),
                body.get("refresh_token").asText(),
                Instant.now().plusSeconds(body.path("expires_in").asLong(3600)),
                body.path("scope").asText());
        CurrentSession.setAccessToken(creds.accessToken());
        log.debug("Got access token of length {} expiring {}", creds.accessToken().length(), creds.expiresAt());
        return creds;
    }

    private static String redirectUri() {
        return "http://127.0.0.1:" + Defaults.CALLBACK_PORT + "/callback";
    }
}
