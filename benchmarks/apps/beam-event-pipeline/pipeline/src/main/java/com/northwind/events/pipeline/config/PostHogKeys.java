package com.northwind.events.pipeline.config;

/** Names and fallbacks shared by the pipeline's PostHog clients. */
public final class PostHogKeys {

  /** Environment variable a local run (DirectRunner) reads the personal key from. */
  public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";

  /** Spring-style property name the status service uses for the same key. */
  public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

  /** Used by the backfill job when neither Secret Manager nor the environment has a key. */
  public static final String BACKFILL_PERSONAL_KEY = KeyParts.PERSONAL_KEY_PREFIX + KeyParts.PERSONAL_KEY_BODY;

  private PostHogKeys() {}
}
