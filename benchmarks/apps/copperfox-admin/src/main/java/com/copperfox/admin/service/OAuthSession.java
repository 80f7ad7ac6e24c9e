package com.copperfox.admin.service;

import java.time.Instant;
import lombok.ToString;
import lombok.Value;

/** The PostHog OAuth grant of the signed-in admin. */
@Value
public class OAuthSession {
  String userEmail;
  String accessToken;
  @ToString.Exclude String refreshToken;
  Instant expiresAt;

  public boolean expired() {
    return Instant.now().isAfter(expiresAt);
  }
}
