package next;

import org.springframework.beans.factory.annotation.Value;

public class FlagSettings {
  @Value("${posthog.api-key}")
  private String projectKey;

  @Value("${posthog.flags-secure-key}")
  private String flagsSecureKey;

  public String projectKey() {
    return projectKey;
  }

  public String flagsSecureKey() {
    return flagsSecureKey;
  }
}
