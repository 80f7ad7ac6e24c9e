package com.tessaline.flaggate.web;

import com.tessaline.flaggate.config.GatewayConfig;
import com.tessaline.flaggate.oauth.PostHogOAuthClient;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/**
 * GET /oauth/callback?code=... – finishes the PostHog OAuth dance for the admin UI.
 */
public class OAuthCallbackHandler {

    private final GatewayConfig config;
    private final PostHogOAuthClient oauthClient;

    public OAuthCallbackHandler(GatewayConfig config, PostHogOAuthClient oauthClient) {
        this.config = config;
        this.oauthClient = oauthClient;
    }

    public void callback(RoutingContext ctx) {
        String code = ctx.queryParams().get("code");
        if (code == null) {
            ctx.fail(400);
            return;
        }
        String redirectUri = config.uiBaseUrl() + "/oauth/callback";
        oauthClient.exchangeCode(code, redirectUri)
                .onSuccess(tokens -> {
                    ctx.response().addCookie(Cookie.cookie("ph_refresh", tokens.refreshToken())
                            .setPath("/")
                            .setSameSite(CookieSameSite.LAX)
                            .setMaxAge(30L * 24 * 3600));
                    ctx.redirect(config.uiBaseUrl() + "/settings/posthog#access_token=" + tokens.accessToken());
                })
                .onFailure(ctx::fail);
    }
}
