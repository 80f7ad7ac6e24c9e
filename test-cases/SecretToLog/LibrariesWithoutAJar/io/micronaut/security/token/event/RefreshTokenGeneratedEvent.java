package io.micronaut.security.token.event;

/** Micronaut Security's event for a refresh token it issued, as far as the case needs it. */
public class RefreshTokenGeneratedEvent extends java.util.EventObject {
  public RefreshTokenGeneratedEvent(Object refreshToken) {
    super(refreshToken);
  }
}
