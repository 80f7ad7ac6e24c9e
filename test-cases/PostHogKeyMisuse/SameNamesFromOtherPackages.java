import java.util.function.Supplier;

/**
 * Classes named like PostHog's but not PostHog's: declared here (they hide any import), and other
 * builders with a personalApiKey method. Nothing to report.
 */
public class SameNamesFromOtherPackages {
  static final String PERSONAL_KEY = System.getenv("POSTHOG_PERSONAL_API_KEY");
  static final String PROJECT_KEY = System.getenv("POSTHOG_API_KEY");

  static final class PostHogConfig {
    static Builder builder(String key) {
      return new Builder(key);
    }

    PostHogConfig(String key) {}

    void setPersonalApiKey(String key) {}

    static final class Builder {
      Builder(String key) {}

      Builder personalApiKey(String key) {
        return this;
      }

      PostHogConfig build() {
        return new PostHogConfig("");
      }
    }
  }

  static final class PostHogAndroidConfig {
    PostHogAndroidConfig(String key) {}
  }

  static final class GitHubClient {
    GitHubClient personalApiKey(String key) {
      return this;
    }
  }

  PostHogConfig sameName() {
    return PostHogConfig.builder(PERSONAL_KEY).personalApiKey(PROJECT_KEY).build();
  }

  PostHogConfig sameNameConstructor() {
    PostHogConfig config = new PostHogConfig(PERSONAL_KEY);
    config.setPersonalApiKey(PROJECT_KEY);
    return config;
  }

  PostHogAndroidConfig androidNamed() {
    return new PostHogAndroidConfig(PERSONAL_KEY);
  }

  GitHubClient otherClient() {
    return new GitHubClient().personalApiKey(PROJECT_KEY);
  }

  Supplier<PostHogConfig.Builder> sameNameBuilder() {
    return () -> new PostHogConfig.Builder(PERSONAL_KEY);
  }
}
