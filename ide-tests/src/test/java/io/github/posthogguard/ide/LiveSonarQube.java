package io.github.posthogguard.ide;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The SonarQube server a connected-mode run talks to, given as system properties: {@code
 * posthogGuard.sonarqube.url}, {@code posthogGuard.sonarqube.token} (a user token of a user who may
 * browse the project) and optionally {@code posthogGuard.sonarqube.projectKey}.
 */
record LiveSonarQube(String url, String token, String projectKey) {
  static final String URL_PROPERTY = "posthogGuard.sonarqube.url";
  static final String TOKEN_PROPERTY = "posthogGuard.sonarqube.token";
  static final String PROJECT_PROPERTY = "posthogGuard.sonarqube.projectKey";
  // The project it/sonarqube/run.sh analyses examples/ into, with a profile of our rules.
  static final String DEFAULT_PROJECT = "posthog-guard-examples";

  /** The server to use; the calling test is skipped when none is given. */
  static LiveSonarQube fromSystemProperties() {
    String url = System.getProperty(URL_PROPERTY, "");
    String token = System.getProperty(TOKEN_PROPERTY, "");
    assumeTrue(
        !url.isBlank() && !token.isBlank(),
        "connected mode needs a live SonarQube: pass -D"
            + URL_PROPERTY
            + "=http://host:port and -D"
            + TOKEN_PROPERTY
            + "=<user token> (see ide-tests/README.md)");
    return new LiveSonarQube(
        url.replaceAll("/+$", ""), token, System.getProperty(PROJECT_PROPERTY, DEFAULT_PROJECT));
  }

  @Override
  public String toString() {
    // Never print the token.
    return url + " project " + projectKey;
  }
}
