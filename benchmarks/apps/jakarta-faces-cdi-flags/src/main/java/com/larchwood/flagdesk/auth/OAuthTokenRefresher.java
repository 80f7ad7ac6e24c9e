package com.larchwood.flagdesk.auth;

import com.larchwood.flagdesk.model.ApiCredential;
import com.larchwood.flagdesk.model.ApiCredential.TokenKind;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;

/**
 * Keeps the OAuth access token of the "FlagDesk" PostHog OAuth app fresh.
 * The token is used by the MCP bridge that other teams call.
 */
@Singleton
public class OAuthTokenRefresher {

    private static final Logger LOG = LoggerFactory.getLogger(OAuthTokenRefresher.class);
    static final String CREDENTIAL_ID = "posthog-oauth";

    @PersistenceContext(unitName = "flagdesk")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "posthog.oauth.client-id")
    String clientId;

    @Inject
    @ConfigProperty(name = "posthog.oauth.client-secret")
    String clientSecret;

    @Inject
    @ConfigProperty(name = "posthog.oauth.token-url")
    String tokenUrl;

    private Client http;

    public record TokenResponse(@JsonbProperty("access_token") String accessToken,
                                @JsonbProperty("refresh_token") String refreshToken,
                                @JsonbProperty("expires_in") long expiresIn) {
    }

    @PostConstruct
    void init() {
        http = ClientBuilder.newClient();
    }

    @Schedule(hour = "*", minute = "*/45", persistent = false)
    public void refresh() {
        ApiCredential credential = em.find(ApiCredential.class, CREDENTIAL_ID);
        if (credential == null) {
            LOG.warn("No {} credential row, skipping refresh", CREDENTIAL_ID);
            return;
        }
        Form form = new Form()
                .param("grant_type", "refresh_token")
                .param("refresh_token", credential.getRefreshToken())
                .param("client_id", clientId)
                .param("client_secret", clientSecret);
        TokenResponse tokens = http.target(tokenUrl)
                .request(MediaType.APPLICATION_JSON)
                .post(Entity.form(form), TokenResponse.class);
        System.out.println("[oauth] refreshed PostHog access token " + tokens.accessToken());
        credential.rotate(tokens.accessToken(), tokens.refreshToken(), Instant.now().plusSeconds(tokens.expiresIn()));
        em.merge(credential);
        LOG.info("Persisted rotated credential {}", credential);
        LOG.info("Rotated {} token, expires in {}s", TokenKind.ACCESS, tokens.expiresIn());
    }
}
