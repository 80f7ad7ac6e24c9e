package io.northwind.flags.http;

import io.northwind.flags.api.PostHogFlagsApi;
import io.northwind.flags.api.dto.PostHogOAuthTokens;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Provider;

import okhttp3.Authenticator;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;

/** Refreshes the OAuth access token when PostHog answers 401, then retries once. */
public final class PostHogTokenAuthenticator implements Authenticator {

    private static final Logger LOG = Logger.getLogger(PostHogTokenAuthenticator.class.getName());
    private static final String CLIENT_ID = "northwind-flag-client";

    private final TokenStore tokenStore;
    private final Provider<PostHogFlagsApi> tokenApi;

    @Inject
    PostHogTokenAuthenticator(TokenStore tokenStore, @Named("tokenApi") Provider<PostHogFlagsApi> tokenApi) {
        this.tokenStore = tokenStore;
        this.tokenApi = tokenApi;
    }

    @Override
    public Request authenticate(Route route, Response response) throws IOException {
        if (response.priorResponse() != null) {
            return null;
        }
        String refreshToken = tokenStore.refreshToken();
        if (refreshToken == null) {
            LOG.warning("401 from PostHog and no refresh token configured");
            return null;
        }

        retrofit2.Response<PostHogOAuthTokens> refreshed =
                tokenApi.get().refresh("refresh_token", refreshToken, CLIENT_ID).execute();
        if (!refreshed.isSuccessful() || refreshed.body() == null) {
            throw new IOException("PostHog refused refresh token " + refreshToken + " (HTTP " + refreshed.code() + ")");
        }

        PostHogOAuthTokens tokens = refreshed.body();
        LOG.fine("Token type " + tokens.tokenType() + ", expires in " + tokens.expiresIn() + "s");
        LOG.log(Level.FINEST, "Refreshed PostHog OAuth tokens: {0}", tokens);
        tokenStore.update(tokens.accessToken(), tokens.refreshToken());

        return response.request().newBuilder()
                .header("Authorization", "Bearer " + tokens.accessToken())
                .build();
    }
}
