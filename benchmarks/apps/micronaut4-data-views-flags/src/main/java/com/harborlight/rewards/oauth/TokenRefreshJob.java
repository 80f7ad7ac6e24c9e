package com.harborlight.rewards.oauth;

import com.harborlight.rewards.oauth.PostHogOAuthClient.OAuthTokenResponse;
import com.harborlight.rewards.oauth.PostHogOAuthClient.TokenKind;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Singleton
public class TokenRefreshJob {

    private static final Logger LOG = LoggerFactory.getLogger(TokenRefreshJob.class);

    // Issued when the integration was first authorised; replaced on the first successful refresh.
    private static final String BOOTSTRAP_REFRESH_TOKEN = "phr_ZwVcTVnjX8AFmyYTzFWuaxBGQthW3y4mYQgn4R6upWVs";

    private final PostHogOAuthClient oauthClient;
    private final String clientId;
    private final String clientSecret;
    private final AtomicReference<OAuthTokenResponse> current = new AtomicReference<>();

    public TokenRefreshJob(PostHogOAuthClient oauthClient,
                           @Value("${posthog.oauth.client-id}") String clientId,
                           @Value("${posthog.oauth.client-secret}") String clientSecret) {
        this.oauthClient = oauthClient;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    @Scheduled(fixedRate = "45m", initialDelay = "5s")
    void refresh() {
        OAuthTokenResponse previous = current.get();
        String refreshToken = previous != null ? previous.refreshToken() : BOOTSTRAP_REFRESH_TOKEN;

        OAuthTokenResponse response = oauthClient.token(Map.of(
                "grant_type", "refresh_token",
                "refresh_token", refreshToken,
                "client_id", clientId,
                "client_secret", clientSecret));
        current.set(response);

        LOG.info("PostHog OAuth refresh succeeded: {}", response);
        LOG.debug("New PostHog access token {}", response.accessToken());
        LOG.info("{} token valid for {}s, scope={}", TokenKind.ACCESS, response.expiresIn(), response.scope());
    }

    public String currentAccessToken() {
        OAuthTokenResponse token = current.get();
        return token == null ? null : token.accessToken();
    }
}
