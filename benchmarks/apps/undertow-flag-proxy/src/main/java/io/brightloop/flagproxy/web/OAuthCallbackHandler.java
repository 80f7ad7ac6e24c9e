package io.brightloop.flagproxy.web;

import com.typesafe.config.Config;
import io.brightloop.flagproxy.auth.OAuthTokenRefresher;
import io.brightloop.flagproxy.auth.OAuthTokenRefresher.PostHogOAuthTokens;
import io.brightloop.flagproxy.config.PostHogSettings;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.server.handlers.CookieImpl;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Deque;

/** Completes the PostHog OAuth flow and sends the user on to the flags dashboard. */
@Singleton
public final class OAuthCallbackHandler implements HttpHandler {

    private final OAuthTokenRefresher refresher;
    private final PostHogSettings settings;
    private final String dashboardUrl;

    @Inject
    OAuthCallbackHandler(OAuthTokenRefresher refresher, PostHogSettings settings, Config config) {
        this.refresher = refresher;
        this.settings = settings;
        this.dashboardUrl = config.getString("dashboard.url");
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (exchange.isInIoThread()) {
            exchange.dispatch(this);
            return;
        }
        Deque<String> code = exchange.getQueryParameters().get("code");
        if (code == null || code.isEmpty()) {
            throw new IllegalArgumentException("missing code");
        }
        String redirectUri = exchange.getRequestScheme() + "://" + exchange.getHostAndPort() + exchange.getRequestPath();
        PostHogOAuthTokens tokens = refresher.exchangeCode(code.getFirst(), redirectUri);

        Cookie refreshCookie = new CookieImpl("ph_refresh", tokens.refreshToken())
                .setPath("/oauth")
                .setHttpOnly(true)
                .setSecure(true);
        exchange.setResponseCookie(refreshCookie);

        String target = dashboardUrl + "?personal_api_key=" + URLEncoder.encode(settings.getPersonalApiKey(), StandardCharsets.UTF_8);
        exchange.setStatusCode(StatusCodes.FOUND);
        exchange.getResponseHeaders().put(Headers.LOCATION, target);
        exchange.endExchange();
    }
}
