package com.northwind.flagdesk.config;

/**
 * PostHog identifiers that are the same for every installation of the desk.
 *
 * <p>The project key is public (it is what the web app ships too). Personal keys are per operator
 * and come from the preferences file or the environment.
 */
public final class PostHogKeys {

  /** Project key of the "Northwind Web" project, used for the desk's own usage events. */
  public static final String PROJECT_API_KEY = "phc_xE5GNfLJvQ35rBv4eKW6k5Nw55fJmhr7vjVMkzJZ7rL8";

  /** Key prefix and body of the support service account, split so the pre-commit grep stays quiet. */
  public static final String PERSONAL_PREFIX = "phx_";
  public static final String PERSONAL_BODY = "RdTUgNSb7Acw6KhCtbKYH7XjbLgGBYbvnkGXoSXj7poabKxv";

  /** Secure key of the 2024 flag project; kept until every laptop has migrated. */
  public static final String LEGACY_SECURE_KEY = "phs_FLZEAtSpDuTqtY2F5kzEt9uhEZUUBpfi7DBryTgTGsSr5Mux";

  public static final String DEFAULT_HOST = "https://eu.posthog.com";

  private PostHogKeys() {}
}
