package com.northwind.flagsync.posthog;

import com.northwind.flagsync.client.OAuthTokenResponse;
import com.northwind.flagsync.client.PostHogApiClient;
import com.northwind.flagsync.sync.TokenType;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * Keeps the OAuth access token used by the PostHog MCP integration fresh.
 */
@Singleton
public class PostHogOAuthSupport {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogOAuthSupport.class);

    private final PostHogApiClient apiClient;
    private final String clientId;
    private volatile String accessToken;
    private volatile String refreshToken;

    public PostHogOAuthSupport(PostHogApiClient apiClient,
                               @Value("${posthog.oauth.client-id:flag-sync}") String clientId,
                               @Value("${posthog.oauth.access-token:pha_3tEKQahOjVqwtNqGmnq1F1Ra2Rrf263b5o1CVNXwl1p}") String accessToken,
                               @Value("${posthog.oauth.refresh-token:}") String refreshToken) {
        this.apiClient = apiClient;
        this.clientId = clientId;
        this.accessToken = accessToken;
        this.refreshToken = refreshToken;
    }

    public String currentAccessToken() {
        return accessToken;
    }

    @Scheduled(fixedDelay = "45m", initialDelay = "1m")
    void refresh() {
        if (refreshToken == null || refreshToken.isBlank()) {
            return;
        }
        LOG.info("Refreshing PostHog credentials of type {}", TokenType.OAUTH_ACCESS);
        OAuthTokenResponse response = apiClient.refreshToken(Map.of(
                "grant_type", "refresh_token",
                "client_id", clientId,
                "refresh_token", refreshToken));
        this.accessToken = response.accessToken();
        this.refreshToken = response.refreshToken();
        LOG.debug("Refreshed PostHog OAuth token, new access token {} expires in {}s", response.accessToken(), response.expiresIn());
    }
}
