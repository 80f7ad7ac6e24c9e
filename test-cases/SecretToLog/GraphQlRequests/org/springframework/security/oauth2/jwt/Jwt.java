package org.springframework.security.oauth2.jwt;

import org.springframework.security.oauth2.core.AbstractOAuth2Token;

/** Spring Security's decoded JWT, as far as the case needs it. */
public class Jwt extends AbstractOAuth2Token {
  public Jwt(String tokenValue) {
    super(tokenValue);
  }

  public String getSubject() {
    return null;
  }
}
