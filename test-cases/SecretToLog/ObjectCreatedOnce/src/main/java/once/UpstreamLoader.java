package once;

/**
 * Creates the one Upstream of the application. The helper is called with each key: what one call
 * gives it is that call's result only.
 */
public final class UpstreamLoader {
  private UpstreamLoader() {}

  static Upstream load() {
    String personal = firstNonBlank(System.getenv(UpstreamEnv.PERSONAL_KEY), System.getProperty("posthog.personal"));
    String project = firstNonBlank(System.getenv(UpstreamEnv.PROJECT_KEY), System.getProperty("posthog.project"));
    return new Upstream("https://eu.posthog.com", personal, project);
  }

  static Setting[] settings() {
    return new Setting[] {
      new Setting("host", System.getenv("POSTHOG_HOST")),
      new Setting("admin", System.getenv(UpstreamEnv.PERSONAL_KEY)),
    };
  }

  private static String firstNonBlank(String first, String second) {
    return first != null && !first.isBlank() ? first.trim() : second;
  }
}
