package funqyapp;

import io.quarkus.funqy.Funq;

/** Quarkus Funqy functions: what a @Funq method returns is the HTTP caller's response. */
public class FlagFunctions {
  private final String secureKey = System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");
  private final String projectKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  @Funq("flags-key")
  public String flagsKey() {
    return secureKey; // Noncompliant
  }

  @Funq
  public String projectKey() {
    return projectKey;
  }

  @Funq
  public int keyLength() {
    return secureKey.length();
  }

  public String keyForTheSdk() {
    return secureKey;
  }
}
