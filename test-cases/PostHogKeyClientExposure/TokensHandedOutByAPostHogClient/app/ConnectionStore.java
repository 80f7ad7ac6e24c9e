package app;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;

/** Builds the connection from the token Spring Security keeps for the user. */
public class ConnectionStore {
  public PostHogConnection load(OAuth2AuthorizedClient client) {
    return new PostHogConnection("org-1", client.getAccessToken().getTokenValue());
  }
}
