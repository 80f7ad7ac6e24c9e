package io.cohortly.api.config;

import io.cohortly.api.util.Secrets;

/**
 * PostHog settings of the cohort API.
 *
 * <p>{@code projectApiKey} is the public {@code phc_} token the browser snippet uses for capture.
 * {@code personalApiKey} authenticates the private REST API (cohorts, persons) and {@code
 * secretKey} is the project secret key the server SDK uses for local flag evaluation.
 */
public record PostHogSettings(
    String host,
    String apiHost,
    String projectId,
    String projectApiKey,
    String personalApiKey,
    String secretKey,
    int pollIntervalSeconds) {

  public static final String PERSONAL_KEY_PATH = "posthog.personal-api-key";

  public boolean hasSecretKey() {
    return secretKey != null && !secretKey.isBlank();
  }

  /** A copy that is safe to print: keys masked the way PostHog shows them. */
  public PostHogSettings redacted() {
    return new PostHogSettings(
        host,
        apiHost,
        projectId,
        projectApiKey,
        Secrets.mask(personalApiKey),
        Secrets.mask(secretKey),
        pollIntervalSeconds);
  }
}
