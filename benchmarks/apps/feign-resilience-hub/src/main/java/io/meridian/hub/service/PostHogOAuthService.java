package io.meridian.hub.service;

import io.meridian.hub.client.PostHogOAuthClient;
import io.meridian.hub.client.PostHogOAuthClient.PostHogOAuthTokens;
import io.meridian.hub.config.PostHogProperties;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

@Service
public class PostHogOAuthService {

    private static final Logger log = LoggerFactory.getLogger(PostHogOAuthService.class);

    private final PostHogOAuthClient oauthClient;
    private final PostHogProperties properties;

    public PostHogOAuthService(PostHogOAuthClient oauthClient, PostHogProperties properties) {
        this.oauthClient = oauthClient;
        this.properties = properties;
    }

    public String authorizeUrl(String state) {
        return UriComponentsBuilder.fromHttpUrl(properties.getHost())
                .path("/oauth/authorize/")
                .queryParam("response_type", "code")
                .queryParam("client_id", properties.getOauth().getClientId())
                .queryParam("redirect_uri", properties.getOauth().getRedirectUri())
                .queryParam("scope", "feature_flag:read project:read")
                .queryParam("state", state)
                .toUriString();
    }

    public PostHogOAuthTokens exchangeCode(String code) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "authorization_code");
        form.add("code", code);
        form.add("redirect_uri", properties.getOauth().getRedirectUri());
        form.add("client_id", properties.getOauth().getClientId());
        form.add("client_secret", properties.getOauth().getClientSecret());
        PostHogOAuthTokens tokens = oauthClient.exchange(form);
        log.info("PostHog OAuth exchange complete, scope={} expiresIn={}s", tokens.scope(), tokens.expiresIn());
        return tokens;
    }

    public String newState() {
        return UUID.randomUUID().toString();
    }
}
