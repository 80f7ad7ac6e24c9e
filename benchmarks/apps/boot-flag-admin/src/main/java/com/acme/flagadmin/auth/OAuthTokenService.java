package com.acme.flagadmin.auth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Authorization-code exchange against PostHog OAuth, so admins can act under their own PostHog identity.
 */
@Service
public class OAuthTokenService {

    private static final Logger log = LoggerFactory.getLogger(OAuthTokenService.class);

    private final RestClient restClient;
    private final String clientId;
    private final String clientSecret;
    private final String redirectUri;

    public OAuthTokenService(RestClient postHogRestClient,
                             @Value("${flagadmin.oauth.client-id}") String clientId,
                             @Value("${flagadmin.oauth.client-secret}") String clientSecret,
                             @Value("${flagadmin.oauth.redirect-uri}") String redirectUri) {
        this.restClient = postHogRestClient;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.redirectUri = redirectUri;
    }

    public OAuthTokens exchange(String code) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "authorization_code");
        form.add("code", code);
        form.add("redirect_uri", redirectUri);
        form.add("client_id", clientId);
        form.add("client_secret", clientSecret);

        OAuthTokens tokens = restClient.post()
                .uri("/oauth/token/")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .body(OAuthTokens.class);
        log.info("PostHog OAuth exchange succeeded: {}", tokens);
        log.info("Access token valid for {}s, scope {}", tokens.expiresIn(), tokens.scope());
        return tokens;
    }
}
