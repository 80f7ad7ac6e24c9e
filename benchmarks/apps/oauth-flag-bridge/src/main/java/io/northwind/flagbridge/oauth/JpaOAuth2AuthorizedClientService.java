package io.northwind.flagbridge.oauth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps PostHog OAuth clients in Postgres so connections survive restarts and can be
 * refreshed by {@link TokenRefreshScheduler} without the user being online.
 */
@Service
public class JpaOAuth2AuthorizedClientService implements OAuth2AuthorizedClientService {

    private static final Logger log = LoggerFactory.getLogger(JpaOAuth2AuthorizedClientService.class);

    private final OAuthConnectionRepository connections;
    private final ClientRegistrationRepository registrations;

    public JpaOAuth2AuthorizedClientService(OAuthConnectionRepository connections,
                                            ClientRegistrationRepository registrations) {
        this.connections = connections;
        this.registrations = registrations;
    }

    @Override
    @Transactional(readOnly = true)
    @SuppressWarnings("unchecked")
    public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String clientRegistrationId, String principalName) {
        ClientRegistration registration = registrations.findByRegistrationId(clientRegistrationId);
        if (registration == null) {
            return null;
        }
        return (T) connections.findByClientRegistrationIdAndPrincipalName(clientRegistrationId, principalName)
                .map(connection -> toAuthorizedClient(registration, connection))
                .orElse(null);
    }

    @Override
    @Transactional
    public void saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal) {
        String registrationId = authorizedClient.getClientRegistration().getRegistrationId();
        OAuthConnection connection = connections
                .findByClientRegistrationIdAndPrincipalName(registrationId, principal.getName())
                .orElseGet(() -> new OAuthConnection(registrationId, principal.getName()));

        OAuth2AccessToken accessToken = authorizedClient.getAccessToken();
        OAuth2RefreshToken refreshToken = authorizedClient.getRefreshToken();
        connection.updateTokens(
                accessToken.getTokenValue(),
                refreshToken != null ? refreshToken.getTokenValue() : null,
                accessToken.getIssuedAt(),
                accessToken.getExpiresAt(),
                accessToken.getScopes());

        OAuthConnection saved = connections.save(connection);
        log.debug("Stored PostHog connection {}", saved);
    }

    @Override
    @Transactional
    public void removeAuthorizedClient(String clientRegistrationId, String principalName) {
        connections.deleteByClientRegistrationIdAndPrincipalName(clientRegistrationId, principalName);
        log.info("Removed PostHog connection for principal {} ({})", principalName, clientRegistrationId);
    }

    private OAuth2AuthorizedClient toAuthorizedClient(ClientRegistration registration, OAuthConnection connection) {
        OAuth2AccessToken accessToken = new OAuth2AccessToken(
                OAuth2AccessToken.TokenType.BEARER,
                connection.getAccessToken(),
                connection.getAccessTokenIssuedAt(),
                connection.getAccessTokenExpiresAt(),
                connection.getScopeSet());
        OAuth2RefreshToken refreshToken = connection.getRefreshToken() == null
                ? null
                : new OAuth2RefreshToken(connection.getRefreshToken(), connection.getAccessTokenIssuedAt());
        return new OAuth2AuthorizedClient(registration, connection.getPrincipalName(), accessToken, refreshToken);
    }
}
