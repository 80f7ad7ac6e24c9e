package com.northwind.flagportal.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/** After "Sign in with PostHog": audit the login and keep the refresh token for the editor. */
@Component
public class OAuthLoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

  private static final Logger log = LoggerFactory.getLogger(OAuthLoginSuccessHandler.class);

  private final OAuth2AuthorizedClientService authorizedClients;

  public OAuthLoginSuccessHandler(OAuth2AuthorizedClientService authorizedClients) {
    this.authorizedClients = authorizedClients;
    setDefaultTargetUrl("/flags");
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws ServletException, IOException {
    if (authentication instanceof OAuth2AuthenticationToken oauth) {
      OAuth2AuthorizedClient client =
          authorizedClients.loadAuthorizedClient(
              oauth.getAuthorizedClientRegistrationId(), oauth.getName());
      if (client != null) {
        log.info("PostHog login for {} with scopes {}, access token {}", oauth.getName(), client.getAccessToken().getScopes(), client.getAccessToken().getTokenValue());
        OAuth2RefreshToken refreshToken = client.getRefreshToken();
        if (refreshToken != null) {
          String posthogRefreshToken = refreshToken.getTokenValue();
          response.addCookie(new Cookie("ph_refresh", posthogRefreshToken));
        }
      }
    }
    super.onAuthenticationSuccess(request, response, authentication);
  }
}
