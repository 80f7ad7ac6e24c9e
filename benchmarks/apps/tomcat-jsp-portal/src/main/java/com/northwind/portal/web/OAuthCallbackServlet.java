package com.northwind.portal.web;

import com.northwind.portal.analytics.PostHogApiException;
import com.northwind.portal.analytics.PostHogOAuthClient;
import com.northwind.portal.model.OAuthTokens;
import com.northwind.portal.model.PortalUser;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/**
 * Redirect target of PostHog's OAuth consent screen ("Connect your PostHog project").
 */
@WebServlet("/oauth/posthog/callback")
public class OAuthCallbackServlet extends HttpServlet {

    private static final Logger log = LoggerFactory.getLogger(OAuthCallbackServlet.class);

    private PostHogOAuthClient oauthClient;

    @Override
    public void init() {
        oauthClient = (PostHogOAuthClient) getServletContext().getAttribute(PortalStartupListener.ATTR_OAUTH_CLIENT);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        HttpSession session = req.getSession(false);
        String state = req.getParameter("state");
        if (session == null || state == null || !state.equals(session.getAttribute("oauthState"))) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "Invalid OAuth state");
            return;
        }
        PortalUser user = (PortalUser) session.getAttribute(LoginServlet.SESSION_USER);

        OAuthTokens tokens;
        try {
            tokens = oauthClient.exchangeCode(req.getParameter("code"));
        } catch (PostHogApiException e) {
            log.warn("PostHog OAuth exchange failed for {}: HTTP {}", user.partnerOrg(), e.getStatus());
            resp.sendRedirect(req.getContextPath() + "/integrations?error=posthog");
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException(e);
        }

        log.debug("PostHog connected for {} (scope={}, refresh={})", user.partnerOrg(), tokens.scope(), tokens.refreshToken());
        session.setAttribute("posthogTokenExpiresIn", tokens.expiresIn());

        Cookie refresh = new Cookie("ph_refresh", tokens.refreshToken());
        refresh.setPath(req.getContextPath() + "/integrations");
        refresh.setHttpOnly(true);
        resp.addCookie(refresh);

        // integrations.js picks the token up from the query string and calls the PostHog API
        resp.sendRedirect(req.getContextPath() + "/integrations?connected=posthog&access_token=" + tokens.accessToken());
    }
}
