import com.posthog.server.PostHogConfig;

/**
 * The personal key travels only with local evaluation's poll. Where the source switches local
 * evaluation off, debug prints no key (posthog-server 2.3.3).
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


  void switchedOffBySetter(PostHogConfig config, String personalKey) {
    config.setPersonalApiKey(personalKey);
    config.setDebug(true);
    config.setLocalEvaluation(false);
  }
}
