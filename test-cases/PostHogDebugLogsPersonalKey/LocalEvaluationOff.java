import com.posthog.server.PostHogConfig;

/**
 * The personal key travels only with local evaluation's poll. Where the source switches local
 * evaluation off, or never switches it on, debug prints no key (posthog-server 2.3.3).
 */
public class LocalEvaluationOff {
  PostHogConfig switchedOffAfterTheKey(String projectKey, String personalKey) {
    return PostHogConfig.builder(projectKey)
        .personalApiKey(personalKey)
        .localEvaluation(false)
        .debug(true)
        .build();
  }

  PostHogConfig switchedOffBeforeTheKey(String projectKey, String personalKey) {
    return PostHogConfig.builder(projectKey).localEvaluation(false).personalApiKey(personalKey).debug(true).build();
  }

  PostHogConfig nullKeyFirst(String projectKey, String personalKey) {
    // personalApiKey(null) decides local evaluation (off); the second call keeps that decision.
    return PostHogConfig.builder(projectKey).personalApiKey(null).personalApiKey(personalKey).debug(true).build();
  }

  PostHogConfig keyGivenThroughTheSetter(String projectKey, String personalKey) {
    // Built without a key, the config has local evaluation off; setPersonalApiKey leaves it off.
    PostHogConfig config = PostHogConfig.builder(projectKey).build();
    config.setPersonalApiKey(personalKey);
    config.setDebug(true);
    return config;
  }

  void switchedOffBySetter(PostHogConfig config, String personalKey) {
    config.setPersonalApiKey(personalKey);
    config.setDebug(true);
    config.setLocalEvaluation(false);
  }
}
