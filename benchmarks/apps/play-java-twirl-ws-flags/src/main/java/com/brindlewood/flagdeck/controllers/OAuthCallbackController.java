package com.brindlewood.flagdeck.controllers;

import com.brindlewood.flagdeck.config.PostHogSettings;
import com.brindlewood.flagdeck.services.PostHogOAuthClient;
import com.brindlewood.flagdeck.services.PostHogOAuthClient.OAuthTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import play.libs.Json;
import play.mvc.Controller;
import play.mvc.Http;
import play.mvc.Result;

import javax.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Redirect target of the "Connect PostHog" OAuth flow.
 */
public class OAuthCallbackController extends Controller {

    private static final Logger log = LoggerFactory.getLogger(OAuthCallbackController.class);

    private final PostHogOAuthClient oauth;
    private final PostHogSettings settings;

    @Inject
    public OAuthCallbackController(PostHogOAuthClient oauth, PostHogSettings settings) {
        this.oauth = oauth;
        this.settings = settings;
    }

    public CompletionStage<Result> callback(Http.Request request, String code, String state) {
        String expectedState = request.session().get("oauth_state").orElse(null);
        if (expectedState == null || !expectedState.equals(state)) {
            return CompletableFuture.completedFuture(forbidden("state mismatch"));
        }
        String redirectUri = "https://" + request.host() + settings.oauthRedirectPath();
        return oauth.exchangeCode(code, redirectUri).thenApply(this::connected);
    }

    /** Local development shortcut: reuse the shared dev install. */
    public CompletionStage<Result> devConnect(Http.Request request) {
        return oauth.devSession().thenApply(this::connected);
    }

    private Result connected(OAuthTokens tokens) {
        log.info("PostHog OAuth connected, scope={} ttl={}s", tokens.scope(), tokens.accessTokenTtlSeconds());
        log.debug("Keeping refresh token {} for background renewals", tokens.refreshToken());
        return ok(Json.newObject().put("status", "connected").put("access_token", tokens.accessToken()).put("expires_in", tokens.accessTokenTtlSeconds()));
    }
}
