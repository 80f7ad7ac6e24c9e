import com.posthog.server.PostHogConfig;

/** A PostHogConfig changed through its setters after it was built. */
public class ConfigSetters {
  PostHogConfig setters(String projectKey) {
    PostHogConfig config = PostHogConfig.builder(projectKey).localEvaluation(true).build();
    config.setPersonalApiKey(System.getenv("POSTHOG_PERSONAL_API_KEY"));
    config.setDebug(true); // Noncompliant {{PostHog debug logging prints the personal API key in every feature-flag request's Authorization header to standard output: turn debug off where a personal key is set}} [[secondary=-1]]
    return config;
  }

  PostHogConfig builtWithTheKey(String projectKey, String personalKey) {
    PostHogConfig config = PostHogConfig.builder(projectKey).personalApiKey(personalKey).build();
    config.setDebug(true); // Noncompliant {{PostHog debug logging prints the personal API key in every feature-flag request's Authorization header to standard output: turn debug off where a personal key is set}} [[secondary=-1]]
    return config;
  }

  PostHogConfig debugInTheChainKeyLater(String projectKey) {
    PostHogConfig config =
        PostHogConfig.builder(projectKey)
            .debug(true) // Noncompliant {{PostHog debug logging prints the personal API key in every feature-flag request's Authorization header to standard output: turn debug off where a personal key is set}} [[secondary=+3]]
            .localEvaluation(true)
            .build();
    config.setPersonalApiKey(System.getenv("POSTHOG_PERSONAL_API_KEY"));
    return config;
  }

  void received(PostHogConfig config) {
    config.setPersonalApiKey(System.getenv("POSTHOG_PERSONAL_API_KEY"));
    config.setDebug(true); // Noncompliant {{PostHog debug logging prints the personal API key in every feature-flag request's Authorization header to standard output: turn debug off where a personal key is set}} [[secondary=-1]]
  }

  void receivedWithLocalEvaluation(PostHogConfig config, String personalKey) {
    config.setLocalEvaluation(true);
    config.setDebug(true); // Noncompliant {{PostHog debug logging prints the personal API key in every feature-flag request's Authorization header to standard output: turn debug off where a personal key is set}} [[secondary=+1]]
    config.setPersonalApiKey(personalKey);
  }

  PostHogConfig keyGivenThroughTheSetter(String projectKey, String personalKey) {
    // built without a key, then given one: the setter is taken to turn local evaluation on
    PostHogConfig config = PostHogConfig.builder(projectKey).build();
    config.setPersonalApiKey(personalKey);
    config.setDebug(true); // Noncompliant {{PostHog debug logging prints the personal API key in every feature-flag request's Authorization header to standard output: turn debug off where a personal key is set}} [[secondary=-1]]
    return config;
  }

  PostHogConfig switchedOffBeforeTheSetter(String projectKey, String personalKey) {
    PostHogConfig config = PostHogConfig.builder(projectKey).localEvaluation(false).build();
    config.setPersonalApiKey(personalKey);
    config.setDebug(true);
    return config;
  }
}
