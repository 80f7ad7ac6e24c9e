package envnames;

/**
 * Reads its values by names another file holds: the summary of this file, made before the project
 * is known, keeps the lookups for the project to judge.
 */
public class AdminSettings {
  private final String adminKey = System.getenv(EnvNames.POSTHOG_ADMIN_KEY);
  private final String host = System.getenv(EnvNames.POSTHOG_HOST);
  private final String flags;

  public AdminSettings() {
    this.flags = System.getProperty(EnvNames.FLAGS_KEY);
  }

  public String adminKey() {
    return adminKey;
  }

  public String host() {
    return host;
  }

  public String flags() {
    return flags;
  }
}
