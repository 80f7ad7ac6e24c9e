package app;

import io.micronaut.security.event.LoginFailedEvent;
import io.micronaut.security.token.event.AccessTokenGeneratedEvent;
import io.micronaut.security.token.event.RefreshTokenGeneratedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The source of a Micronaut token event is the token itself; a failed login's is its response. */
public class MicronautTokenEvents {
  private static final Logger LOG = LoggerFactory.getLogger(MicronautTokenEvents.class);

  void onAccessToken(AccessTokenGeneratedEvent event) {
    LOG.debug("Issued access token {}", event.getSource()); // Noncompliant
    LOG.debug("Issued an access token at {}", System.currentTimeMillis());
  }

  void onRefreshToken(RefreshTokenGeneratedEvent event) {
    LOG.debug("Issued refresh token {}", event.getSource()); // Noncompliant
  }

  void onLoginFailed(LoginFailedEvent event) {
    LOG.warn("Login failed: {}", event.getSource());
  }
}
