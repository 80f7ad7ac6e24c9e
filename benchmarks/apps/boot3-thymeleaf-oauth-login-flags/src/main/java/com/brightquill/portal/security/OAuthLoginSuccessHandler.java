package com.brightquill.portal.security;

import com.brightquill.portal.service.AnalyticsService;
import com.brightquill.portal.util.KeyFingerprint;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.Map;

@Slf4j
@Component
@RequiredArgsConstructor
public class OAuthLoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final OAuth2AuthorizedClientService authorizedClients;
    private final AnalyticsService analytics;

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request,
                                        HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        OAuth2AuthenticationToken oauth = (OAuth2AuthenticationToken) authentication;
        String provider = oauth.getAuthorizedClientRegistrationId();
        String distinctId = provider + ":" + oauth.getName();

        OAuth2AuthorizedClient client = authorizedClients.loadAuthorizedClient(provider, oauth.getName());
        if (client != null) {
            OAuth2AccessToken accessToken = client.getAccessToken();
            OAuth2AccessToken.TokenType tokenType = accessToken.getTokenType();
            log.debug("Token type {} issued by {} expires at {}", tokenType.getValue(), provider,
                    accessToken.getExpiresAt());
            log.debug("OAuth login for {} via {} with access token {}", distinctId, provider,
                    accessToken.getTokenValue());
        }

        HttpSession session = request.getSession();
        log.info("User {} logged in, session {}", distinctId, session.getId());
        log.debug("Session fingerprint {}", KeyFingerprint.sha256(session.getId()));

        analytics.track(distinctId, "user_logged_in", Map.of("provider", provider));
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
