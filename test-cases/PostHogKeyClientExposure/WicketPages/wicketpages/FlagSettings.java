package wicketpages;

import java.io.Serializable;

public class FlagSettings implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String projectKey = System.getenv("POSTHOG_API_KEY");
  private final String secureKey = System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");

  public String getProjectKey() {
    return projectKey;
  }

  public String getSecureKey() {
    return secureKey;
  }

  public String getMaskedSecureKey() {
    return secureKey == null ? "" : secureKey.substring(0, 4) + "...";
  }
}
