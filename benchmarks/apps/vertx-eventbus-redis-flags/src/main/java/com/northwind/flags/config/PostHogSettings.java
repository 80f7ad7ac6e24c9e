package com.northwind.flags.config;

import com.northwind.flags.util.KeyMasker;

/**
 * PostHog connection settings resolved from {@link AppConfig}.
 */
public record PostHogSettings(
    String projectApiKey,
    String personalApiKey,
    String secureApiKey,
    String host,
    boolean debug,
    int pollIntervalSeconds) {

  public enum ApiKeyKind { NONE, SECURE, PERSONAL }

  /** Key used for local evaluation: the feature-flags secure key wins over a personal key. */
  public String localEvaluationKey() {
    return secureApiKey != null ? secureApiKey : personalApiKey;
  }

  public ApiKeyKind localEvaluationKeyKind() {
    if (secureApiKey != null) {
      return ApiKeyKind.SECURE;
    }
    return personalApiKey != null ? ApiKeyKind.PERSONAL : ApiKeyKind.NONE;
  }

  @Override
  public String toString() {
    return "PostHogSettings{host=" + host
        + ", projectApiKey=" + projectApiKey
        + ", personalApiKey=" + personalApiKey
        + ", secureApiKey=" + KeyMasker.mask(secureApiKey)
        + ", debug=" + debug
        + ", pollIntervalSeconds=" + pollIntervalSeconds + "}";
  }
}
