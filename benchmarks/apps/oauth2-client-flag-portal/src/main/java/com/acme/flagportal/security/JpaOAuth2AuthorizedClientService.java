package com.acme.flagportal.security;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import com.acme.flagportal.domain.PostHogConnection;
import com.acme.flagportal.repository.PostHogConnectionRepository;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Slf4j
@Service
@RequiredArgsConstructor
public class JpaOAuth2AuthorizedClientService implements OAuth2AuthorizedClientService {

    private final PostHogConnectionRepository repository;

    private final ClientRegistrationRepository clientRegistrationRepository;

    @Override
    @Transactional(readOnly = true)
    @SuppressWarnings("unchecked")
    public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String clientRegistrationId,
                                                                     String principalName) {
        ClientRegistration registration = clientRegistrationRepository.findByRegistrationId(clientRegistrationId);
        if (registration == null) {
            return null;
        }
        return (T) repository.findByClientRegistrationIdAndPrincipalName(clientRegistrationId, principalName)
                .map(connection -> toAuthorizedClient(registration, connection))
                .orElse(null);
    }

    @Override
    @Transactional
    public void saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal) {
        String registrationId = authorizedClient.getClientRegistration().getRegistrationId();
        OAuth2AccessToken accessToken = authorizedClient.getAccessToken();
        OAuth2RefreshToken refreshToken = authorizedClient.getRefreshToken();

        PostHogConnection connection = repository
                .findByClientRegistrationIdAndPrincipalName(registrationId, principal.getName())
                .orElseGet(PostHogConnection::new);
        connection.setClientRegistrationId(registrationId);
        connection.setPrincipalName(principal.getName());
        connection.setAccessToken(accessToken.getTokenValue());
        connection.setAccessTokenIssuedAt(accessToken.getIssuedAt());
        connection.setAccessTokenExpiresAt(accessToken.getExpiresAt());
        connection.setScopes(String.join(" ", accessToken.getScopes()));
        connection.setTokenType(PostHogConnection.TokenType.BEARER);
        if (refreshToken != null) {
            connection.setRefreshToken(refreshToken.getTokenValue());
        }
        if (principal instanceof OAuth2AuthenticationToken oauth) {
            String email = oauth.getPrincipal().getAttribute("email");
            Number teamId = oauth.getPrincipal().getAttribute("team_id");
            if (email != null) {
                connection.setPosthogUserEmail(email);
            }
            if (teamId != null) {
                connection.setProjectId(teamId.longValue());
            }
        }

        PostHogConnection saved = repository.save(connection);
        log.debug("Persisted PostHog connection {}", saved);
        log.info("Stored {} token for principal {}", saved.getTokenType(), principal.getName());
        log.debug("Access token length for connection {}: {}", saved.getId(), accessToken.getTokenValue().length());
    }

    @Override
    @Transactional
    public void removeAuthorizedClient(String clientRegistrationId, String principalName) {
        repository.deleteByClientRegistrationIdAndPrincipalName(clientRegistrationId, principalName);
        log.info("Removed PostHog connection of {} ({})", principalName, clientRegistrationId);
    }

    private OAuth2AuthorizedClient toAuthorizedClient(ClientRegistration registration, PostHogConnection connection) {
        Set<String> scopes = connection.getScopes() == null
                ? Set.of()
                : new HashSet<>(Arrays.asList(connection.getScopes().split(" ")));
        OAuth2AccessToken accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
                connection.getAccessToken(), connection.getAccessTokenIssuedAt(),
                connection.getAccessTokenExpiresAt(), scopes);
        OAuth2RefreshToken refreshToken = connection.getRefreshToken() == null
                ? null
                : new OAuth2RefreshToken(connection.getRefreshToken(), connection.getAccessTokenIssuedAt());
        return new OAuth2AuthorizedClient(registration, connection.getPrincipalName(), accessToken, refreshToken);
    }
}
