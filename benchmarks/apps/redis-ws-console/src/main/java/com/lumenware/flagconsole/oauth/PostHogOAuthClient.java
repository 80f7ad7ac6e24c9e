package com.lumenware.flagconsole.oauth;

import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.lumenware.flagconsole.config.KeyParts;
import com.lumenware.flagconsole.config.PostHogProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

@Service
public class PostHogOAuthClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogOAuthClient.class);

    private static final String SERVICE_REFRESH_TOKEN = KeyParts.REFRESH_PREFIX + KeyParts.REFRESH_BODY;

    private final RestClient restClient;
    private final PostHogProperties props;
    private PostHogOAuthTokens current;

    public PostHogOAuthClient(RestClient.Builder restClientBuilder, PostHogProperties props) {
        this.restClient = restClientBuilder.build();
        this.props = props;
    }

    public synchronized PostHogOAuthTokens currentTokens() {
        if (current == null || current.expiresWithin(60)) {
            current = refresh(current == null ? SERVICE_REFRESH_TOKEN : current.refreshToken());
        }
        return current;
    }

    private PostHogOAuthTokens refresh(String refreshToken) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "refresh_token");
        form.add("refresh_token", refreshToken);
        form.add("client_id", props.oauth().clientId());

        TokenResponse response = restClient.post()
                .uri(props.oauth().tokenUri())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .body(TokenResponse.class);
        if (response == null) {
            throw new IllegalStateException("PostHog token endpoint returned no body");
        }

        PostHogOAuthTokens tokens = new PostHogOAuthTokens(response.accessToken(), response.refreshToken(),
                Instant.now().plusSeconds(response.expiresIn()), response.scope());
        log.info("PostHog OAuth token refreshed, scopes [{}], valid until {}", tokens.scope(), tokens.expiresAt());
        Optional.ofNullable(tokens.refreshToken())
                .ifPresent(next -> log.debug("next PostHog token refresh will use {}", next));
        return tokens;
    }

    private record TokenResponse(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("refresh_token") String refreshToken,
            @JsonProperty("expires_in") long expiresIn,
            String scope) {
    }
}
