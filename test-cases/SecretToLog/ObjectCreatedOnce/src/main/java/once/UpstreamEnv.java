package once;

/** The names of the variables the application reads. */
final class UpstreamEnv {
  static final String PROJECT_KEY = "POSTHOG_PROJECT_API_KEY";
  static final String PERSONAL_KEY = "POSTHOG_PERSONAL_API_KEY";

  private UpstreamEnv() {}
}
