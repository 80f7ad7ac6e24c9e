import com.posthog.server.PostHogConfig;

/** Debug off, or no personal key: nothing to print. */
public class DebugOffOrNoKey {
  static final String NO_KEY = null;

  PostHogConfig debugOff(String projectKey, String personalKey) {
    return PostHogConfig.builder(projectKey).personalApiKey(personalKey).debug(false).build();
  }

  PostHogConfig debugOnThenOff(String projectKey, String personalKey) {
    return PostHogConfig.builder(projectKey).debug(true).personalApiKey(personalKey).debug(false).build();
  }

  PostHogConfig debugWithoutAKey(String projectKey) {
    return PostHogConfig.builder(projectKey).host("https://eu.i.posthog.com").debug(true).build();
  }

  PostHogConfig nullKey(String projectKey) {
    return PostHogConfig.builder(projectKey).personalApiKey(null).debug(true).build();
  }

  PostHogConfig nullConstant(String projectKey) {
    return PostHogConfig.builder(projectKey).personalApiKey(NO_KEY).debug(true).build();
  }

  PostHogConfig setDebugOff(String projectKey, String personalKey) {
    PostHogConfig config = PostHogConfig.builder(projectKey).personalApiKey(personalKey).build();
    config.setDebug(false);
    return config;
  }

  PostHogConfig keyRemoved(String projectKey, String personalKey) {
    PostHogConfig config = PostHogConfig.builder(projectKey).personalApiKey(personalKey).debug(true).build();
    config.setPersonalApiKey(null);
    return config;
  }

  PostHogConfig debugBeforeTheConfigIsReplaced(String projectKey, String personalKey) {
    PostHogConfig config = PostHogConfig.builder(projectKey).debug(true).build();
    config = PostHogConfig.builder(projectKey).personalApiKey(personalKey).build();
    return config;
  }
}
