import com.posthog.server.*;

/**
 * Classes that are not posthog-server's PostHogConfig: one of the same name declared here (it hides
 * the on-demand import), the Kotlin core's config, and any other builder with a debug switch.
 */
public class OtherConfigClasses {
  static final class PostHogConfig {
    static Builder builder(String apiKey) {
      return new Builder();
    }

    static final class Builder {
      Builder personalApiKey(String key) {
        return this;
      }

      Builder debug(boolean on) {
        return this;
      }

      PostHogConfig build() {
        return new PostHogConfig();
      }
    }

    void setPersonalApiKey(String key) {}

    void setDebug(boolean on) {}
  }

  static final class HttpClientConfig {
    static HttpClientConfig builder(String name) {
      return new HttpClientConfig();
    }

    HttpClientConfig personalApiKey(String key) {
      return this;
    }

    HttpClientConfig debug(boolean on) {
      return this;
    }
  }

  PostHogConfig sameName(String projectKey, String personalKey) {
    return PostHogConfig.builder(projectKey).personalApiKey(personalKey).debug(true).build();
  }

  void sameNameSetters(PostHogConfig config, String personalKey) {
    config.setPersonalApiKey(personalKey);
    config.setDebug(true);
  }

  HttpClientConfig otherBuilder(String personalKey) {
    return HttpClientConfig.builder("flags").personalApiKey(personalKey).debug(true);
  }

  void kotlinCore(com.posthog.PostHogConfig config) {
    config.setDebug(true);
  }

  PostHogInterface serverClient(com.posthog.server.PostHogConfig config) {
    return PostHog.with(config);
  }
}
