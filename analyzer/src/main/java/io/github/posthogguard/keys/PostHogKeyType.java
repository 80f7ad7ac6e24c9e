package io.github.posthogguard.keys;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of PostHog keys, by prefix. Every kind accepts the body lengths of every key generation
 * still accepted by PostHog (base62 bodies of 41–43 and 45–48 characters, base57 bodies of 48–49):
 * the generation dates are unverified, and OAuth tokens or project keys of a longer shape would
 * still be keys.
 */
public enum PostHogKeyType {
  PERSONAL_API_KEY("phx_", "personal API key", true),
  PROJECT_SECRET_KEY("phs_", "project secret key", true),
  OAUTH_ACCESS_TOKEN("pha_", "OAuth access token", true),
  OAUTH_REFRESH_TOKEN("phr_", "OAuth refresh token", true),
  /** Public by design: it ships in web pages and apps. Never a finding of its own. */
  PROJECT_API_KEY("phc_", "project API key", false);

  private final String prefix;
  private final String displayName;
  private final boolean secret;

  PostHogKeyType(String prefix, String displayName, boolean secret) {
    this.prefix = prefix;
    this.displayName = displayName;
    this.secret = secret;
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

  static Optional<PostHogKeyType> ofPrefix(String prefix) {
    return Arrays.stream(values()).filter(t -> t.prefix.equals(prefix)).findFirst();
  }
}
