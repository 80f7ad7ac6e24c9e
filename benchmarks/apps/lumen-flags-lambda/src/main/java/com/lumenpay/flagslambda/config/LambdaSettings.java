package com.lumenpay.flagslambda.config;

import com.lumenpay.flagslambda.secrets.SecretsFetcher;
import java.util.Map;

/** Read once per cold start from the function's environment and Secrets Manager. */
public final class LambdaSettings {

  public static final String SECRET_ARN_ENV = "POSTHOG_SECRET_ARN";

  private final String host;
  private final String projectApiKey;
  private final String personalApiKey;
  private final String secureApiKey;
  private final long projectId;
  private final boolean verbose;

  private LambdaSettings(String host, String projectApiKey, String personalApiKey,
                         String secureApiKey, long projectId, boolean verbose) {
    this.host = host;
    this.projectApiKey = projectApiKey;
    this.personalApiKey = personalApiKey;
    this.secureApiKey = secureApiKey;
    this.projectId = projectId;
    this.verbose = verbose;
  }

  public static LambdaSettings fromEnvironment() {
    Map<String, String> env = System.getenv();
    String personal = env.get("POSTHOG_PERSONAL_API_KEY");
    String secure = env.get("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");
    String secretArn = env.get(SECRET_ARN_ENV);
    if (secretArn != null && !secretArn.isBlank()) {
      Map<String, String> fromManager = SecretsFetcher.fetchJson(secretArn);
      personal = fromManager.getOrDefault("personal_api_key", personal);
      secure = fromManager.getOrDefault("feature_flags_secure_api_key", secure);
    }
    return new LambdaSettings(
        env.getOrDefault("POSTHOG_HOST", "https://us.i.posthog.com"),
        env.get("POSTHOG_PROJECT_API_KEY"),
        personal,
        secure,
        Long.parseLong(env.getOrDefault("POSTHOG_PROJECT_ID", "0")),
        Boolean.parseBoolean(env.get("FLAGS_VERBOSE")));
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

  public long projectId() {
    return projectId;
  }

  public boolean verbose() {
    return verbose;
  }
}
