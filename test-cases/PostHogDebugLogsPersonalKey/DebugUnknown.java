import com.posthog.server.PostHogConfig;

/** Debug whose value is only known at run time is not reported: check it by hand. */
public class DebugUnknown {
  static final boolean FROM_ENVIRONMENT = Boolean.parseBoolean(System.getenv("POSTHOG_DEBUG"));

  private boolean verbose = true;

  PostHogConfig parameter(String projectKey, String personalKey, boolean debug) {
    return PostHogConfig.builder(projectKey).personalApiKey(personalKey).debug(debug).build();
  }

  PostHogConfig environment(String projectKey, String personalKey) {
    return PostHogConfig.builder(projectKey)
        .personalApiKey(personalKey)
        .debug(Boolean.parseBoolean(System.getenv("POSTHOG_DEBUG")))
        .build();
  }

  PostHogConfig constantFromTheEnvironment(String projectKey, String personalKey) {
    return PostHogConfig.builder(projectKey).personalApiKey(personalKey).debug(FROM_ENVIRONMENT).build();
  }

  PostHogConfig systemProperty(String projectKey, String personalKey) {
    PostHogConfig config = PostHogConfig.builder(projectKey).personalApiKey(personalKey).build();
    config.setDebug(Boolean.getBoolean("posthog.debug"));
    return config;
  }

  PostHogConfig mutableField(String projectKey, String personalKey) {
    return PostHogConfig.builder(projectKey).personalApiKey(personalKey).debug(verbose).build();
  }

  PostHogConfig nonFinalLocal(String projectKey, String personalKey) {
    boolean debug = true;
    if (System.getenv("CI") != null) {
      debug = false;
    }
    return PostHogConfig.builder(projectKey).personalApiKey(personalKey).debug(debug).build();
  }
}
