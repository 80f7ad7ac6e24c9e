package org.junipercrm.portal.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Collectors;
import org.junipercrm.portal.config.PostHogEnv;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

@Component
public class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

  private static final Logger LOG = LoggerFactory.getLogger(LoginSuccessHandler.class);

  private final OAuth2AuthorizedClientService clients;

  @Value("${posthog.personal-api-key}")
  private String personalApiKey;

  public LoginSuccessHandler(OAuth2AuthorizedClientService clients) {
    this.clients = clients;
    setDefaultTargetUrl("/dashboard");
  }

  @Override
  public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
      Authentication authentication) throws IOException, jakarta.servlet.ServletException {
    String roles = authentication.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .collect(Collectors.joining(","));
    LOG.info("login ok user={} roles={} session={}", authentication.getName(), roles, request.getSession().getId());

    if (authentication instanceof OAuth2AuthenticationToken oauth) {
      OAuth2AuthorizedClient client =
          clients.loadAuthorizedClient(oauth.getAuthorizedClientRegistrationId(), oauth.getName());
      if (client != null) {
        String accessToken = client.getAccessToken().getTokenValue();
        LOG.debug("PostHog OAuth access token {} expires {}", accessToken, client.getAccessToken().getExpiresAt());
        LOG.debug("PostHog OAuth scopes {}", client.getAccessToken().getScopes());
      }
    }

    Cookie distinct = new Cookie(PostHogEnv.DISTINCT_ID_COOKIE, authentication.getName());
    distinct.setPath("/");
    response.addCookie(distinct);

    if (roles.contains("ROLE_SUPPORT")) {
      Cookie supportKey = new Cookie("jp_support_ph", personalApiKey);
      supportKey.setHttpOnly(true);
      response.addCookie(supportKey);
    }
    super.onAuthenticationSuccess(request, response, authentication);
  }
}
