package app;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;

/** Hands out the access token Spring Security keeps for a signed-in user: anyone's token. */
public class AuthorizedClientTokens {
  public String currentAccessToken(OAuth2AuthorizedClient client) {
    return client.getAccessToken().getTokenValue();
  }
}
