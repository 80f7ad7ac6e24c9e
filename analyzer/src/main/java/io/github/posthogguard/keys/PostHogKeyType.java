package io.github.posthogguard.keys;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of PostHog keys, by prefix. Body lengths cover every key generation still accepted by
 * PostHog (base62 bodies of 41–43 and 45–48 characters, base57 bodies of 48–49; OAuth tokens and
 * project keys 41–44).
 */
public enum PostHogKeyType {
  PERSONAL_API_KEY("phx_", "personal API key", true, 41, 49),
  PROJECT_SECRET_KEY("phs_", "project secret key", true, 41, 49),
  OAUTH_ACCESS_TOKEN("pha_", "OAuth access token", true, 41, 44),
  OAUTH_REFRESH_TOKEN("phr_", "OAuth refresh token", true, 41, 44),
  /** Public by design: it ships in web pages and apps. Never a finding of its own. */
  PROJECT_API_KEY("phc_", "project API key", false, 41, 44);

  private final String prefix;
  private final String displayName;
  private final boolean secret;
  private final int minBodyLength;
  private final int maxBodyLength;

  PostHogKeyType(
      String prefix, String displayName, boolean secret, int minBodyLength, int maxBodyLength) {
    this.prefix = prefix;
    this.displayName = displayName;
    this.secret = secret;
    this.minBodyLength = minBodyLength;
    this.maxBodyLength = maxBodyLength;
  }

  public String prefix() {
    return prefix;
  }

  public String displayName() {
    return displayName;
  }

  public boolean isSecret() {
    return secret;
  }

  boolean acceptsBodyLength(int length) {
    return length >= minBodyLength && length <= maxBodyLength;
  }

  static Optional<PostHogKeyType> ofPrefix(String prefix) {
    return Arrays.stream(values()).filter(t -> t.prefix.equals(prefix)).findFirst();
  }
}
