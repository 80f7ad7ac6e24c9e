package org.springframework.security.config.annotation.web.configurers;

/** A stub of the form login's configurer. */
public final class FormLoginConfigurer extends AbstractAuthenticationFilterConfigurer<FormLoginConfigurer> {
  public FormLoginConfigurer usernameParameter(String name) {
    return this;
  }

  public FormLoginConfigurer passwordParameter(String name) {
    return this;
  }
}
