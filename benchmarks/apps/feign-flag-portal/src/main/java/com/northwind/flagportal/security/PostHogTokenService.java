package com.northwind.flagportal.security;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Service;

/** Gives access to the PostHog OAuth tokens Spring Security obtained at login. */
@Service
public class PostHogTokenService {

  private final OAuth2AuthorizedClientService authorizedClients;

  public PostHogTokenService(OAuth2AuthorizedClientService authorizedClients) {
    this.authorizedClients = authorizedClients;
  }

  /** The current user's PostHog access token ({@code pha_...}). */
  public String currentAccessToken(OAuth2AuthenticationToken authentication) {
    OAuth2AuthorizedClient client =
        authorizedClients.loadAuthorizedClient(
            authentication.getAuthorizedClientRegistrationId(), authentication.getName());
    if (client == null) {
      throw new IllegalStateException("No PostHog authorization for " + authentication.getName());
    }
    return client.getAccessToken().getTokenValue();
  }
}
