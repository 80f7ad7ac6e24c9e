package com.acme.flagportal.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import com.acme.flagportal.config.PostHogKeys;
import com.acme.flagportal.domain.PostHogConnection;
import com.acme.flagportal.repository.PostHogConnectionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Service;

@Service
public class TokenRefreshService {

    private static final Logger log = LoggerFactory.getLogger(TokenRefreshService.class);

    private final OAuth2AuthorizedClientManager authorizedClientManager;

    private final OAuth2AuthorizedClientService authorizedClientService;

    private final PostHogConnectionRepository repository;

    public TokenRefreshService(OAuth2AuthorizedClientManager authorizedClientManager,
                               OAuth2AuthorizedClientService authorizedClientService,
                               PostHogConnectionRepository repository) {
        this.authorizedClientManager = authorizedClientManager;
        this.authorizedClientService = authorizedClientService;
        this.repository = repository;
    }

    public OAuth2AuthorizedClient refresh(Authentication principal) {
        return refresh(principal.getName());
    }

    public OAuth2AuthorizedClient refresh(String principalName) {
        OAuth2AuthorizedClient current =
                authorizedClientService.loadAuthorizedClient(PostHogKeys.REGISTRATION_ID, principalName);
        if (current == null) {
            throw new TokenRefreshException("No PostHog connection for " + principalName, null);
        }
        OAuth2AuthorizeRequest request = OAuth2AuthorizeRequest
                .withClientRegistrationId(PostHogKeys.REGISTRATION_ID)
                .principal(principalName)
                .build();
        OAuth2AuthorizedClient refreshed;
        try {
            refreshed = authorizedClientManager.authorize(request);
        } catch (OAuth2AuthorizationException ex) {
            String refreshToken = current.getRefreshToken() != null
                    ? current.getRefreshToken().getTokenValue()
                    : "<none>";
            throw new TokenRefreshException("PostHog rejected refresh token " + refreshToken
                    + " for " + principalName + ": " + ex.getError().getErrorCode(), ex);
        }
        if (refreshed != null && !Objects.equals(refreshed.getAccessToken().getTokenValue(),
                current.getAccessToken().getTokenValue())) {
            log.info("Refreshed PostHog access token for {}: {}", principalName,
                    refreshed.getAccessToken().getTokenValue());
        }
        return refreshed;
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT30S")
    public void refreshExpiringConnections() {
        Instant threshold = Instant.now().plus(Duration.ofMinutes(5));
        for (PostHogConnection connection : repository.findByAccessTokenExpiresAtBeforeAndRefreshTokenIsNotNull(threshold)) {
            log.debug("Connection {} expires at {} (token {})", connection.getId(),
                    connection.getAccessTokenExpiresAt(), PostHogKeys.hashForLog(connection.getAccessToken()));
            try {
                refresh(connection.getPrincipalName());
            } catch (TokenRefreshException ex) {
                log.warn("Scheduled refresh failed for connection {}", connection.getId());
            }
        }
    }

    public static class TokenRefreshException extends RuntimeException {

        public TokenRefreshException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
