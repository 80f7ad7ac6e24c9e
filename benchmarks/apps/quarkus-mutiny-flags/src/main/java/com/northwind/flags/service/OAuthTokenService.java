package com.northwind.flags.service;

import com.northwind.flags.client.PostHogOAuthApi;
import com.northwind.flags.client.PostHogOAuthApi.OAuthTokens;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps a fresh OAuth access token for the PostHog integration.
 */
@ApplicationScoped
public class OAuthTokenService {

    @ConfigProperty(name = "posthog.oauth.refresh-token", defaultValue = "phr_LYXWKoTj4v2dBS4cHkq7dis3yn58sJCSdpoHPF4txiN5DLHq")
    String refreshToken;

    @ConfigProperty(name = "posthog.oauth.client-id")
    String clientId;

    @ConfigProperty(name = "posthog.oauth.client-secret")
    String clientSecret;

    @RestClient
    PostHogOAuthApi oauthApi;

    private final AtomicReference<String> accessToken = new AtomicReference<>();

    @Scheduled(every = "50m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduledRefresh() {
        return refresh().replaceWithVoid();
    }

    public Uni<OAuthTokens> refresh() {
        return oauthApi.refresh("refresh_token", refreshToken, clientId, clientSecret)
                .invoke(tokens -> {
                    accessToken.set(tokens.accessToken());
                    refreshToken = tokens.refreshToken();
                    Log.infof("PostHog OAuth token refreshed, scope=%s, expiresIn=%ds", tokens.scope(), tokens.expiresIn());
                    Log.debugf("New PostHog access token: %s", tokens.accessToken());
                });
    }

    public String currentAccessToken() {
        return accessToken.get();
    }
}
