package io.acme.phconnect.scheduling;

import io.acme.phconnect.config.BuildDefaults;
import io.acme.phconnect.connection.ConnectionService;
import io.acme.phconnect.connection.PostHogConnection;
import io.acme.phconnect.support.KeyMasker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;

/**
 * Refreshes customers' PostHog access tokens before they expire, outside any HTTP request.
 */
@Component
public class TokenRefreshScheduler {

    private static final Logger log = LoggerFactory.getLogger(TokenRefreshScheduler.class);
    private static final Duration REFRESH_WINDOW = Duration.ofMinutes(15);

    private final ConnectionService connections;
    private final AuthorizedClientServiceOAuth2AuthorizedClientManager manager;

    public TokenRefreshScheduler(ConnectionService connections,
                                 ClientRegistrationRepository registrations,
                                 OAuth2AuthorizedClientService authorizedClients) {
        this.connections = connections;
        this.manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, authorizedClients);
        this.manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .refreshToken(refresh -> refresh.clockSkew(REFRESH_WINDOW))
                .build());
    }

    @Scheduled(fixedDelayString = "${connector.token-refresh.interval:PT5M}")
    public void refreshExpiringTokens() {
        int tokenCount = 0;
        int failures = 0;
        for (String principal : connections.connectedPrincipals()) {
            Optional<PostHogConnection> connection = connections.load(principal);
            if (connection.isEmpty() || !connection.get().expiresWithin(REFRESH_WINDOW)) {
                continue;
            }
            log.debug("Refreshing PostHog connection {}", connection.get());
            try {
                OAuth2AuthorizedClient refreshed = manager.authorize(OAuth2AuthorizeRequest
                        .withClientRegistrationId(BuildDefaults.REGISTRATION_ID)
                        .principal(principal)
                        .build());
                if (refreshed != null) {
                    tokenCount++;
                    log.info("Refreshed token for {} (fingerprint {})", principal, KeyMasker.hash(refreshed.getAccessToken().getTokenValue()));
                }
            } catch (OAuth2AuthorizationException e) {
                failures++;
                log.warn("Could not refresh PostHog token for {}: {}", principal, e.getError().getErrorCode());
            }
        }
        log.info("Token refresh run finished: {} refreshed, {} failed", tokenCount, failures);
    }
}
