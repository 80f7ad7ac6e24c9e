package io.micronaut.security.token.event;

/** Micronaut Security's event for an access token it issued, as far as the case needs it. */
public class AccessTokenGeneratedEvent extends java.util.EventObject {
  public AccessTokenGeneratedEvent(Object accessToken) {
    super(accessToken);
  }
}
