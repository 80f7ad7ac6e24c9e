package app;

/** A response record that carries the feature-flags secure key along. */
public record FlagDefinitionsResponse(String projectId, String secureKey) {
  public static FlagDefinitionsResponse fromEnvironment() {
    return new FlagDefinitionsResponse(
        System.getenv("POSTHOG_PROJECT_ID"), System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY"));
  }
}
