package app;

/**
 * Bound by a framework from the posthog node of the configuration: a secret key in PostHog's
 * settings is PostHog's project secret key, whatever the file calls it.
 */
public class PostHogFlagSettings {
  private String apiKey;
  private String secureApiKey;
  private String secretKey;
  private String secretKeyHeaderName = "X-Flags-Key";
  private int secretKeyLength;

  public String getApiKey() {
    return apiKey;
  }

  public String getSecureApiKey() {
    return secureApiKey;
  }

  public String getSecretKey() {
    return secretKey;
  }

  public String getSecretKeyHeaderName() {
    return secretKeyHeaderName;
  }

  public int getSecretKeyLength() {
    return secretKeyLength;
  }
}
