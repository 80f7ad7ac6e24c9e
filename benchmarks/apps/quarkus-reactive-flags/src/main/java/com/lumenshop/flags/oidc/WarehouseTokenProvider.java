package com.lumenshop.flags.oidc;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.oidc.client.NamedOidcClient;
import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import io.smallrye.mutiny.Uni;

/**
 * Client-credentials tokens for the data warehouse, where flag exposure events are exported.
 */
@ApplicationScoped
public class WarehouseTokenProvider {

    private static final Logger LOG = Logger.getLogger(WarehouseTokenProvider.class);

    private final AtomicInteger tokenCount = new AtomicInteger();

    @Inject
    @NamedOidcClient("warehouse")
    OidcClient oidcClient;

    public Uni<String> bearer() {
        return oidcClient.getTokens()
                .invoke(tokens -> LOG.debugf("Warehouse token refreshed: %s (expires at %d)",
                        tokens.getAccessToken(), tokens.getAccessTokenExpiresAt()))
                .invoke(tokens -> LOG.infof("Issued %d warehouse tokens since start", tokenCount.incrementAndGet()))
                .map(Tokens::getAccessToken)
                .map(token -> "Bearer " + token);
    }
}
