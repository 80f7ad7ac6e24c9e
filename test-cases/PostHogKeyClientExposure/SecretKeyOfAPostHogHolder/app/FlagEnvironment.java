package app;

/**
 * A stored environment of the app: its other members say it is PostHog's, so its secure key is
 * PostHog's project secret key; a member named for another service keeps its own name.
 */
public class FlagEnvironment {
  private String name;
  private long posthogProjectId;
  private String secureApiKey;
  private String slackAccessToken;

  public String getName() {
    return name;
  }

  public long getPosthogProjectId() {
    return posthogProjectId;
  }

  public String getSecureApiKey() {
    return secureApiKey;
  }

  public String getSlackAccessToken() {
    return slackAccessToken;
  }
}
