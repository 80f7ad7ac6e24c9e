package io.github.posthogguard.config;

import io.github.posthogguard.keys.PostHogKeyType;

/** How the config rules' messages name a key and what leaks with it. */
final class KeyWording {
  private KeyWording() {}

  /** The key's kind: {@code phs_} is a project secret key, never a personal API key. */
  static String kind(PostHogKeyType type) {
    return switch (type) {
      case PROJECT_SECRET_KEY -> "project secret key (feature-flags secure API key)";
      default -> type.displayName();
    };
  }

  /** What anyone who gets the key can do. */
  static String whatLeaks(PostHogKeyType type) {
    return switch (type) {
      case PERSONAL_API_KEY -> "admin access to your PostHog organisation";
      case PROJECT_SECRET_KEY -> "your feature flag definitions and the project's secret API";
      default -> "access to your PostHog account";
    };
  }
}
