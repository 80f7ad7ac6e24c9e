package org.springframework.security.config.annotation.web.configurers;

import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/** A stub of spring-security-config's base of login configurers. */
public abstract class AbstractAuthenticationFilterConfigurer<T extends AbstractAuthenticationFilterConfigurer<T>> {
  public T loginPage(String page) {
    return null;
  }

  public T defaultSuccessUrl(String url, boolean always) {
    return null;
  }

  public T failureHandler(AuthenticationFailureHandler handler) {
    return null;
  }

  public T successHandler(AuthenticationSuccessHandler handler) {
    return null;
  }
}
