import com.posthog.server.PostHogConfig;

/** A config a method of the class builds and returns, switched to debug by its caller. */
public class ConfigOfAHelper {
  PostHogConfig forDiagnostics(String projectKey) {
    PostHogConfig config = localEvaluationConfig(projectKey);
    config.setDebug(true); // Noncompliant {{PostHog debug logging prints the personal API key in every feature-flag request's Authorization header to standard output: turn debug off where a personal key is set}} [[secondary=+18]]
    return config;
  }

  PostHogConfig forCapture(String projectKey) {
    PostHogConfig config = captureConfig(projectKey);
    config.setDebug(true);
    return config;
  }

  PostHogConfig quiet(String projectKey) {
    PostHogConfig config = this.localEvaluationConfig(projectKey);
    config.setDebug(false);
    return config;
  }

  private PostHogConfig localEvaluationConfig(String projectKey) {
    return PostHogConfig.builder(projectKey)
        .personalApiKey(System.getenv("POSTHOG_PERSONAL_API_KEY"))
        .build();
  }

  private PostHogConfig captureConfig(String projectKey) {
    return PostHogConfig.builder(projectKey).build();
  }
}
