package com.northwind.identity.token;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;

import com.posthog.server.PostHogInterface;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AccessTokenAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2AccessTokenResponseAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Token endpoint success handler: audits every issued token, then writes the standard token response.
 */
@Component
public class TokenIssuanceAuditHandler implements AuthenticationSuccessHandler {

    private static final Logger log = LogManager.getLogger(TokenIssuanceAuditHandler.class);

    private final AuthenticationSuccessHandler delegate = new OAuth2AccessTokenResponseAuthenticationSuccessHandler();

    private final PostHogInterface postHog;

    public TokenIssuanceAuditHandler(PostHogInterface postHog) {
        this.postHog = postHog;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        if (authentication instanceof OAuth2AccessTokenAuthenticationToken tokenAuthentication) {
            OAuth2AccessToken accessToken = tokenAuthentication.getAccessToken();
            OAuth2RefreshToken refreshToken = tokenAuthentication.getRefreshToken();
            String clientId = tokenAuthentication.getRegisteredClient().getClientId();
            String grantType = Objects.requireNonNullElse(
                    request.getParameter(OAuth2ParameterNames.GRANT_TYPE), "unknown");

            log.debug("Issued access token {} to client {} via {}", accessToken.getTokenValue(), clientId, grantType);
            if (refreshToken != null) {
                log.printf(Level.INFO, "Issued refresh token %s to client %s (expires %s)",
                        refreshToken.getTokenValue(), clientId, refreshToken.getExpiresAt());
            }

            postHog.capture(clientId, "oauth2_token_issued", Map.of(
                    "grant_type", grantType,
                    "scope_count", accessToken.getScopes().size(),
                    "has_refresh_token", refreshToken != null));
        }
        delegate.onAuthenticationSuccess(request, response, authentication);
    }
}
