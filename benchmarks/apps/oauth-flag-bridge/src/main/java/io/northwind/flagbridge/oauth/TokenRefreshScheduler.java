package io.northwind.flagbridge.oauth;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.northwind.flagbridge.config.FlagBridgeProperties;
import io.northwind.flagbridge.posthog.OutboundRequestLogger;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * PostHog access tokens are short lived; keep every active connection fresh so the flag
 * sync job never has to deal with an expired token.
 */
@Component
public class TokenRefreshScheduler {

    private static final Logger log = LoggerFactory.getLogger(TokenRefreshScheduler.class);

    private static final String REGISTRATION_ID = "posthog";

    private final OAuthConnectionRepository connections;
    private final ClientRegistrationRepository registrations;
    private final FlagBridgeProperties properties;
    private final RestClient tokenClient;
    private final Clock clock;

    public TokenRefreshScheduler(OAuthConnectionRepository connections,
                                 ClientRegistrationRepository registrations,
                                 FlagBridgeProperties properties,
                                 RestClient.Builder restClientBuilder,
                                 Clock clock) {
        this.connections = connections;
        this.registrations = registrations;
        this.properties = properties;
        this.clock = clock;
        this.tokenClient = restClientBuilder.clone()
                .requestInterceptor(new OutboundRequestLogger())
                .build();
    }

    @Scheduled(fixedDelayString = "${flagbridge.posthog.refresh-check-interval:PT2M}", initialDelay = 15_000)
    public void refreshExpiringTokens() {
        Instant threshold = clock.instant().plus(properties.refreshSkew());
        var expiring = connections.findByStatusAndAccessTokenExpiresAtBefore(OAuthConnection.Status.ACTIVE, threshold);
        if (expiring.isEmpty()) {
            return;
        }
        log.info("Refreshing {} PostHog connection(s) expiring before {}", expiring.size(), threshold);
        for (OAuthConnection connection : expiring) {
            try {
                refresh(connection);
            } catch (TokenRefreshException e) {
                log.error("Token refresh failed for organisation {}", connection.getOrganisationId(), e);
                if (e.isReconnectRequired()) {
                    connection.markNeedsReconnect();
                    connections.save(connection);
                }
            }
        }
    }

    @Transactional
    public PostHogCredentials refresh(OAuthConnection connection) {
        PostHogCredentials current = connection.toCredentials();
        String refreshToken = current.refreshToken();
        log.debug("Refreshing organisation {}: refresh token present={} ({} chars), access token expires {}",
                connection.getOrganisationId(), current.canRefresh(),
                refreshToken == null ? 0 : refreshToken.length(), current.expiresAt());
        if (!current.canRefresh()) {
            throw new TokenRefreshException("No refresh token stored for organisation "
                    + connection.getOrganisationId(), true, null);
        }

        ClientRegistration registration = registrations.findByRegistrationId(REGISTRATION_ID);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add(OAuth2ParameterNames.GRANT_TYPE, "refresh_token");
        form.add(OAuth2ParameterNames.REFRESH_TOKEN, refreshToken);
        form.add(OAuth2ParameterNames.CLIENT_ID, registration.getClientId());
        form.add(OAuth2ParameterNames.CLIENT_SECRET, registration.getClientSecret());

        TokenEndpointResponse response;
        try {
            response = tokenClient.post()
                    .uri(registration.getProviderDetails().getTokenUri())
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(form)
                    .retrieve()
                    .body(TokenEndpointResponse.class);
        } catch (RestClientResponseException ex) {
            boolean revoked = ex.getStatusCode().value() == 400 || ex.getStatusCode().value() == 401;
            String detail = "PostHog token endpoint answered " + ex.getStatusCode()
                    + " for refresh token " + refreshToken;
            throw new TokenRefreshException(detail, revoked, ex);
        }
        if (response == null || !StringUtils.hasText(response.accessToken())) {
            throw new TokenRefreshException("Empty token response for organisation "
                    + connection.getOrganisationId(), false, null);
        }
        log.debug("Token endpoint response for organisation {}: {}", connection.getOrganisationId(), response);

        Instant now = clock.instant();
        Set<String> scopes = StringUtils.hasText(response.scope())
                ? Set.of(response.scope().split(" "))
                : current.scopes();
        connection.updateTokens(response.accessToken(), response.refreshToken(), now,
                now.plusSeconds(response.expiresIn()), scopes);
        connections.save(connection);
        return connection.toCredentials();
    }

    record TokenEndpointResponse(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("refresh_token") String refreshToken,
            @JsonProperty("token_type") String tokenType,
            @JsonProperty("expires_in") long expiresIn,
            @JsonProperty("scope") String scope) {
    }
}
