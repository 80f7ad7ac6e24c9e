package com.northwind.portal.web;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.northwind.portal.analytics.FlagApiException;
import com.northwind.portal.analytics.PostHogOAuthClient;
import com.northwind.portal.analytics.PostHogOAuthTokens;
import com.northwind.portal.config.PortalSettings;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Duration;

/** Landing point of PostHog's OAuth consent screen when a partner connects their org. */
@Singleton
public class OAuthCallbackServlet extends HttpServlet {

    private final PostHogOAuthClient oauth;
    private final PortalSettings settings;

    @Inject
    public OAuthCallbackServlet(PostHogOAuthClient oauth, PortalSettings settings) {
        this.oauth = oauth;
        this.settings = settings;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String code = req.getParameter("code");
        if (code == null) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "missing authorization code");
            return;
        }
        PostHogOAuthTokens tokens;
        try {
            tokens = oauth.exchange(code, settings.getPortalBaseUrl() + "/oauth/posthog/callback");
        } catch (FlagApiException e) {
            resp.sendRedirect(settings.getPortalBaseUrl() + "/integrations?error=oauth");
            return;
        }

        Cookie refresh = new Cookie("ph_refresh", tokens.refreshToken());
        refresh.setHttpOnly(true);
        refresh.setSecure(true);
        refresh.setPath("/integrations");
        refresh.setMaxAge((int) Duration.ofDays(30).toSeconds());
        resp.addCookie(refresh);

        resp.sendRedirect(settings.getPortalBaseUrl() + "/integrations?connected=posthog&access_token=" + tokens.accessToken());
    }
}
