package gg.emberforge.flagsync.config;

import java.util.List;

/** The {@code posthog:} and {@code flags:} sections of config.yml, resolved. */
public record PostHogSettings(
    String host,
    String projectApiKey,
    long projectId,
    String personalApiKey,
    String featureFlagsSecureKey,
    int pollIntervalSeconds,
    List<String> watchedFlags) {

  public boolean localEvaluationEnabled() {
    return personalApiKey != null && !personalApiKey.isBlank();
  }
}
