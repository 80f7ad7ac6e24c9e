package com.northwind.flagdesk.jobs;

import com.northwind.flagdesk.config.PostHogProperties;
import com.northwind.flagdesk.posthog.PostHogApiClient;
import com.northwind.flagdesk.posthog.PostHogApiClient.TokenResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;

/** Keeps the PostHog OAuth access token of the flagdesk OAuth app fresh. */
@Component
@ConditionalOnProperty(prefix = "posthog.oauth", name = "client-id")
public class OAuthTokenRefreshJob {

    private static final Logger log = LoggerFactory.getLogger(OAuthTokenRefreshJob.class);

    private final PostHogApiClient apiClient;
    private final PostHogProperties.OAuth oauth;
    private final AtomicReference<String> accessToken = new AtomicReference<>();
    private volatile String refreshToken;

    public OAuthTokenRefreshJob(PostHogApiClient apiClient, PostHogProperties props) {
        this.apiClient = apiClient;
        this.oauth = props.getOauth();
        this.accessToken.set(oauth.getAccessToken());
        this.refreshToken = oauth.getRefreshToken();
    }

    @Scheduled(fixedRateString = "${posthog.oauth.refresh-interval:PT50M}", initialDelayString = "PT1M")
    public void refresh() {
        try {
            TokenResponse tokens = apiClient.refreshOAuthToken(oauth.getClientId(), oauth.getClientSecret(), refreshToken);
            accessToken.set(tokens.accessToken());
            if (tokens.refreshToken() != null) {
                refreshToken = tokens.refreshToken();
            }
            log.info("Refreshed PostHog OAuth token, expires in {}s", tokens.expiresIn());
            log.debug("PostHog token endpoint returned {}", tokens);
        } catch (RestClientException e) {
            log.warn("PostHog OAuth refresh failed for client {}; retrying later with refresh token {}", oauth.getClientId(), refreshToken);
        }
    }

    public String currentAccessToken() {
        return accessToken.get();
    }
}
