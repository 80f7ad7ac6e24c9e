package com.kestrelworks.flagdesk.service;

import com.kestrelworks.flagdesk.config.AdminCredentials;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps an OAuth access token for the flagdesk-migrator PostHog app.
 */
@ApplicationScoped
public class OAuthTokenRefresher {

    private static final Logger LOGGER = Logger.getLogger(OAuthTokenRefresher.class.getName());

    @Inject
    @ConfigProperty(name = "posthog.oauth.client-id")
    String clientId;

    @Inject
    @ConfigProperty(name = "posthog.oauth.client-secret")
    String clientSecret;

    public record TokenPair(String accessToken, String refreshToken, int expiresIn) {
    }

    public TokenPair refresh() {
        Form form = new Form()
                .param("grant_type", "refresh_token")
                .param("refresh_token", AdminCredentials.migratorRefreshToken())
                .param("client_id", clientId)
                .param("client_secret", clientSecret);
        Client client = ClientBuilder.newClient();
        try {
            JsonObject json = client.target("https://eu.posthog.com/oauth/token/")
                    .request(MediaType.APPLICATION_JSON)
                    .post(Entity.form(form), JsonObject.class);
            TokenPair tokens = new TokenPair(json.getString("access_token"),
                    json.getString("refresh_token"), json.getInt("expires_in"));
            LOGGER.info("Refreshed migrator token " + tokens.accessToken() + " (expires in "
                    + tokens.expiresIn() + "s)");
            return tokens;
        } finally {
            client.close();
        }
    }
}
