package com.northwind.flaggate.http;

import com.northwind.flaggate.config.AppSettings;
import com.northwind.flaggate.model.PostHogCredentials;
import com.northwind.flaggate.posthog.PostHogOAuthClient;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GET /oauth/callback?code=...: finishes "Connect PostHog" in the ops console.
 */
public class OAuthCallbackHandler extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(OAuthCallbackHandler.class);

    private final AppSettings settings;
    private final PostHogOAuthClient oauthClient;

    public OAuthCallbackHandler(AppSettings settings, PostHogOAuthClient oauthClient) {
        this.settings = settings;
        this.oauthClient = oauthClient;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String code = Request.getParameters(request).getValue("code");
        if (code == null) {
            Response.writeError(request, response, callback, HttpStatus.BAD_REQUEST_400, "missing code");
            return true;
        }
        String redirectUri = settings.getPublicBaseUrl() + "/oauth/callback";
        PostHogCredentials credentials = oauthClient.exchangeCode(code, redirectUri);
        LOG.info("Connected PostHog organisation: {}", credentials);
        String target = "/console#connected&access_token=" + credentials.accessToken();
        Response.sendRedirect(request, response, callback, target);
        return true;
    }
}
