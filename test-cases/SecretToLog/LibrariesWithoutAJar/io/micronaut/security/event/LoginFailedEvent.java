package io.micronaut.security.event;

/** Micronaut Security's event for a failed login, as far as the case needs it. */
public class LoginFailedEvent extends java.util.EventObject {
  public LoginFailedEvent(Object response) {
    super(response);
  }
}
