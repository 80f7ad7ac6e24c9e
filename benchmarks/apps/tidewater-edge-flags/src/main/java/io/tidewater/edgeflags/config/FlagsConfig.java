package io.tidewater.edgeflags.config;

import io.vertx.core.json.JsonObject;

/** PostHog settings: config.json, overridden by the environment (the "env" config store). */
public final class FlagsConfig {

  /** Which credential the local-evaluation poller sends. */
  public enum KeyKind { PROJECT, PERSONAL, SECURE }

  private final String host;
  private final String projectApiKey;
  private final String personalApiKey;
  private final String secureApiKey;
  private final int pollIntervalSeconds;
  private final boolean debug;

  private FlagsConfig(String host, String projectApiKey, String personalApiKey,
                      String secureApiKey, int pollIntervalSeconds, boolean debug) {
    this.host = host;
    this.projectApiKey = projectApiKey;
    this.personalApiKey = personalApiKey;
    this.secureApiKey = secureApiKey;
    this.pollIntervalSeconds = pollIntervalSeconds;
    this.debug = debug;
  }

  public static FlagsConfig from(JsonObject root) {
    JsonObject posthog = root.getJsonObject("posthog", new JsonObject());
    return new FlagsConfig(
        root.getString("POSTHOG_HOST", posthog.getString("host", "https://us.i.posthog.com")),
        root.getString("POSTHOG_PROJECT_API_KEY", posthog.getString("projectApiKey")),
        root.getString("POSTHOG_PERSONAL_API_KEY", posthog.getString("personalApiKey")),
        root.getString("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY",
            posthog.getString("featureFlagsSecureApiKey", "")),
        posthog.getInteger("pollIntervalSeconds", 30),
        posthog.getBoolean("debug", false));
  }

  public String host() {
    return host;
  }

  public String projectApiKey() {
    return projectApiKey;
  }

  public String personalApiKey() {
    return personalApiKey;
  }

  public String secureApiKey() {
    return secureApiKey;
  }

  public int pollIntervalSeconds() {
    return pollIntervalSeconds;
  }

  public boolean debug() {
    return debug;
  }

  public KeyKind localEvaluationKey() {
    if (secureApiKey != null && !secureApiKey.isBlank()) {
      return KeyKind.SECURE;
    }
    return personalApiKey != null ? KeyKind.PERSONAL : KeyKind.PROJECT;
  }

  @Override
  public String toString() {
    return "FlagsConfig{host=" + host
        + ", projectApiKey=" + projectApiKey
        + ", personalApiKey=" + personalApiKey
        + ", secureApiKey=" + Masking.mask(secureApiKey)
        + ", pollIntervalSeconds=" + pollIntervalSeconds
        + ", debug=" + debug + '}';
  }
}
