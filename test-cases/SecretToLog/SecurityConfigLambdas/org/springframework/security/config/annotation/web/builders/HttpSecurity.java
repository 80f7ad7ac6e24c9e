package org.springframework.security.config.annotation.web.builders;

import java.util.function.Consumer;
import org.springframework.security.config.annotation.web.configurers.FormLoginConfigurer;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OAuth2LoginConfigurer;

/** A stub of spring-security-config's HttpSecurity. */
public final class HttpSecurity {
  public HttpSecurity oauth2Login(Consumer<OAuth2LoginConfigurer> customizer) {
    return this;
  }

  public HttpSecurity formLogin(Consumer<FormLoginConfigurer> customizer) {
    return this;
  }
}
