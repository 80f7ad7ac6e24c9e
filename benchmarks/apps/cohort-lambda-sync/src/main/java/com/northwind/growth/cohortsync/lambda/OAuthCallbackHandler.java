package com.northwind.growth.cohortsync.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.northwind.growth.cohortsync.config.SettingsNames;
import com.northwind.growth.cohortsync.posthog.PostHogOAuthClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * {@code GET /oauth/posthog/callback}: end of the "Connect PostHog" flow started by the admin UI.
 * Exchanges the authorization code and sends the browser back to the integrations page.
 */
public class OAuthCallbackHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private static final Logger LOG = LogManager.getLogger(OAuthCallbackHandler.class);
    private static final String STATE_COOKIE = "ph_oauth_state";

    private final LambdaComponents components = LambdaComponents.get();

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        Map<String, String> query = event.getQueryStringParameters() == null ? Map.of() : event.getQueryStringParameters();
        if (query.containsKey("error")) {
            LOG.warn("PostHog authorization declined: {}", query.get("error"));
            return redirectToAdmin("?error=" + URLEncoder.encode(query.get("error"), StandardCharsets.UTF_8));
        }
        String code = query.get("code");
        if (code == null || !stateMatches(query.get("state"), event.getHeaders())) {
            return ApiResponses.error(400, "Invalid OAuth callback");
        }

        String redirectUri = "https://" + event.getRequestContext().getDomainName() + event.getRequestContext().getPath();
        PostHogOAuthClient.TokenResponse tokens = components.oauthClient().exchangeCode(code, redirectUri);
        LOG.info("PostHog integration connected; scopes [{}], access token valid for {}s", tokens.scope(), tokens.expiresIn());

        APIGatewayProxyResponseEvent response = new APIGatewayProxyResponseEvent().withStatusCode(302);
        response.setHeaders(Map.of("Location", components.settings().adminUiUrl() + "/integrations/posthog?connected=1&access_token=" + tokens.accessToken(), "Cache-Control", "no-store"));
        response.setMultiValueHeaders(Map.of("Set-Cookie", List.of(SettingsNames.REFRESH_COOKIE + "=" + tokens.refreshToken() + "; Path=/integrations; Max-Age=2592000; Secure; HttpOnly; SameSite=Lax", STATE_COOKIE + "=; Path=/oauth; Max-Age=0; Secure; HttpOnly")));
        return response;
    }

    private APIGatewayProxyResponseEvent redirectToAdmin(String suffix) {
        APIGatewayProxyResponseEvent response = new APIGatewayProxyResponseEvent().withStatusCode(302);
        response.setHeaders(Map.of("Location", components.settings().adminUiUrl() + "/integrations/posthog" + suffix));
        return response;
    }

    private static boolean stateMatches(String state, Map<String, String> headers) {
        if (state == null || headers == null) {
            return false;
        }
        String cookieHeader = headers.getOrDefault("cookie", headers.get("Cookie"));
        if (cookieHeader == null) {
            return false;
        }
        for (String part : cookieHeader.split(";")) {
            String[] kv = part.trim().split("=", 2);
            if (kv.length == 2 && kv[0].equals(STATE_COOKIE)) {
                return MessageDigest.isEqual(kv[1].getBytes(StandardCharsets.UTF_8), state.getBytes(StandardCharsets.UTF_8));
            }
        }
        return false;
    }
}
