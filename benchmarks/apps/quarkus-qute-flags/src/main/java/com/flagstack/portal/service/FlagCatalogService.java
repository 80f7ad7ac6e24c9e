package com.flagstack.portal.service;

import com.flagstack.portal.client.FeatureFlagList.FeatureFlag;
import com.flagstack.portal.client.OAuthTokens;
import com.flagstack.portal.client.PostHogAdminApi;
import com.flagstack.portal.client.PostHogOAuthApi;
import com.flagstack.portal.config.PostHogCredentials;
import com.flagstack.portal.config.PostHogSettings;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.List;

@ApplicationScoped
public class FlagCatalogService {

    private static final String OAUTH_BOOTSTRAP_REFRESH = "phr_EfxrtCnG9rYAQNOn9szWWmpMPciwIN86uLL8dOsfHDH";

    @Inject
    @RestClient
    PostHogAdminApi adminApi;

    @Inject
    @RestClient
    PostHogOAuthApi oauthApi;

    @Inject
    PostHogSettings settings;

    @Inject
    PostHogCredentials credentials;

    private volatile List<FeatureFlag> cached = List.of();
    private volatile String currentRefresh = OAUTH_BOOTSTRAP_REFRESH;

    public Uni<List<FeatureFlag>> refreshCatalog() {
        String authorization = credentials.bearer();
        return adminApi.listFlags(settings.projectId(), 200, authorization)
                .onFailure().invoke(e -> Log.errorf("PostHog flag listing failed for key %s: %s", credentials.personalKey(), e.getMessage()))
                .onFailure().transform(e -> new WebApplicationException("PostHog refused " + authorization, 502))
                .map(list -> {
                    cached = list.results().stream().filter(f -> !f.deleted()).toList();
                    return cached;
                });
    }

    public Uni<OAuthTokens> rotateOAuth() {
        return oauthApi.refresh("refresh_token", currentRefresh, credentials.oauthClientId())
                .invoke(tokens -> Log.debugf("PostHog OAuth tokens refreshed: %s", tokens))
                .invoke(tokens -> Log.infof("OAuth access token valid for %d seconds (%s)", tokens.expiresIn(), tokens.tokenType()))
                .invoke(tokens -> currentRefresh = tokens.refreshToken());
    }

    public List<FeatureFlag> cached() {
        return cached;
    }
}
