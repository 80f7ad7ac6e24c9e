package switchedon;

import org.springframework.beans.factory.annotation.Value;

/** Settings that copy injected constructor parameters into their fields. */
public class InjectedFlagSettings {
  private final String personalApiKey;
  private final boolean sdkDebug;
  private final boolean trace;

  public InjectedFlagSettings(
      @Value("${posthog.personal-api-key}") String personalApiKey,
      @Value("${posthog.sdk-debug}") boolean sdkDebug,
      @Value("${posthog.trace}") boolean trace) {
    this.personalApiKey = personalApiKey;
    this.sdkDebug = sdkDebug;
    this.trace = trace;
  }

  public String getPersonalApiKey() {
    return personalApiKey;
  }

  public boolean isSdkDebug() {
    return sdkDebug;
  }

  public boolean isTrace() {
    return trace;
  }
}
