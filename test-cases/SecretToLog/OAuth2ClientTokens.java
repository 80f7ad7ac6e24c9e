import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.OAuth2AccessToken;

/** The values of the tokens Spring Security's OAuth2 client obtained, whatever they are called. */
public class OAuth2ClientTokens {
  private static final Logger log = LoggerFactory.getLogger(OAuth2ClientTokens.class);

  void authorized(OAuth2AuthorizedClient client) {
    OAuth2AccessToken issued = client.getAccessToken();
    log.info("issued {}", issued.getTokenValue()); // Noncompliant
    log.info("scopes {} until {}", issued.getScopes(), issued.getExpiresAt());
    log.info("type {}", issued.getTokenType().getValue());
    if (client.getRefreshToken() != null) {
      log.debug("renewal {}", client.getRefreshToken().getTokenValue()); // Noncompliant
      log.debug("renewal issued at {}", client.getRefreshToken().getIssuedAt());
    }
    log.info("registration {} for {}", client.getClientRegistration().getRegistrationId(), client.getPrincipalName());
    log.info("token of {}: {}", client.getPrincipalName(), client.getAccessToken().getTokenValue()); // Noncompliant
  }
}
