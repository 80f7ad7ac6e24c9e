package com.northwind.flagdesk.auth;

import java.time.Instant;

/** Tokens from PostHog's OAuth login, used instead of a personal key when the operator signs in. */
public record PostHogCredentials(String accessToken, String refreshToken, Instant expiresAt) {

  public boolean isExpired() {
    return Instant.now().isAfter(expiresAt.minusSeconds(30));
  }

  @Override
  public String toString() {
    return "PostHogCredentials[expiresAt=" + expiresAt + "]";
  }
}
