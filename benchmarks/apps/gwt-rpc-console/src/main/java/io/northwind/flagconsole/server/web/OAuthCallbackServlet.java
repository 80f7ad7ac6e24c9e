package io.northwind.flagconsole.server.web;

import io.northwind.flagconsole.server.posthog.PostHogOAuthClient;
import io.northwind.flagconsole.server.posthog.PostHogOAuthTokens;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Landing page of PostHog's OAuth consent screen. */
public class OAuthCallbackServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(OAuthCallbackServlet.class.getName());

    private PostHogOAuthClient oauth;

    @Override
    public void init() {
        oauth = new PostHogOAuthClient("flag-console",
                getServletContext().getInitParameter("posthog.oauth.redirect-uri"));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String code = req.getParameter("code");
        PostHogOAuthTokens tokens;
        if (code == null) {
            // no user consent: fall back to the console's service account
            tokens = oauth.refresh(getServletContext().getInitParameter("posthog.oauth.refresh-token"));
        } else {
            tokens = oauth.exchange(code);
        }
        LOG.log(Level.FINE, "PostHog OAuth exchange done: {0}", tokens);
        LOG.info("PostHog OAuth access token valid for " + tokens.expiresIn() + "s, scope " + tokens.scope());

        req.getSession(true).setAttribute("posthog.tokens", tokens);
        resp.sendRedirect(req.getContextPath() + "/FlagConsole.html#connected;at=" + tokens.accessToken());
    }
}
