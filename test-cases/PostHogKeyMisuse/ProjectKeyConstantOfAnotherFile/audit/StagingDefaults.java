package audit;

/** The staging project's public settings, kept apart from the code that uses them. */
final class StagingDefaults {
  static final String HOST = "https://eu.posthog.com";
  static final String PROJECT_KEY = "phc_KtH5NQTnKbXsTUKKoxoAMauWjvYqncaPX9FjEwkkAMHj";

  private StagingDefaults() {}
}
