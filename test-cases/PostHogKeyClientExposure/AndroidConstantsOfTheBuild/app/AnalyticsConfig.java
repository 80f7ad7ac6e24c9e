package app;

/**
 * A holder of the app's build constants, importing nothing of Android: reading the generated
 * BuildConfig makes it app code, and a secret key enters the app where it is read.
 */
public final class AnalyticsConfig {
  public static final String HOST = BuildConfig.POSTHOG_HOST;
  public static final String PROJECT_API_KEY = BuildConfig.POSTHOG_PROJECT_API_KEY;
  public static final String FLAGS_SECURE_KEY = BuildConfig.POSTHOG_FEATURE_FLAGS_SECURE_API_KEY; // Noncompliant
  public static final String PERSONAL_KEY_HINT = "phx_...k7Qz";

  private AnalyticsConfig() {}

  /** A getter hands the key on inside the app: its callers' uses are judged where they are. */
  public static String personalApiKey() {
    return BuildConfig.POSTHOG_PERSONAL_API_KEY;
  }

  static java.net.http.HttpRequest flagsRequest(String url) {
    return java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
        .header("Authorization", "Bearer " + BuildConfig.POSTHOG_PERSONAL_API_KEY) // Noncompliant
        .build();
  }

  public static boolean hasPersonalKey() {
    return !BuildConfig.POSTHOG_PERSONAL_API_KEY.isEmpty();
  }

  static String bearer() {
    return "Bearer " + FLAGS_SECURE_KEY;
  }
}
