import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.util.function.Supplier;

/** One builder chain with a personal key and debug on, in either order, on one line or many. */
public class BuilderChain {
  static final String PROJECT_KEY = System.getenv("POSTHOG_PROJECT_API_KEY");

  private final String personalKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  private final PostHogConfig inAField =
      PostHogConfig.builder(PROJECT_KEY)
          .personalApiKey(System.getenv("POSTHOG_PERSONAL_API_KEY"))
          .debug(true) // Noncompliant
          .build();

  PostHogInterface keyThenDebug() {
    PostHogConfig config =
        PostHogConfig.builder(PROJECT_KEY)
            .host("https://eu.i.posthog.com")
            .personalApiKey(System.getenv("POSTHOG_PERSONAL_API_KEY"))
            .debug(true) // Noncompliant
            .build();
    return PostHog.with(config);
  }

  PostHogConfig debugThenKey() {
    return PostHogConfig.builder(PROJECT_KEY)
        .debug(true) // Noncompliant
        .pollIntervalSeconds(60)
        .personalApiKey("phx_your_personal_api_key")
        .build();
  }

  PostHogConfig oneLine(String key) {
    return PostHogConfig.builder(PROJECT_KEY).personalApiKey(key).debug(true).build(); // Noncompliant
  }

  PostHogConfig.Builder neverBuilt() {
    return new PostHogConfig.Builder(PROJECT_KEY).personalApiKey(personalKey).debug(true); // Noncompliant
  }

  PostHogConfig throughTheCompanion() {
    return PostHogConfig.Companion.builder(PROJECT_KEY)
        .personalApiKey(this.personalKey)
        .debug(true) // Noncompliant
        .build();
  }

  Supplier<PostHogConfig> inALambda() {
    return () ->
        PostHogConfig.builder(PROJECT_KEY)
            .personalApiKey(personalKey)
            .debug(true) // Noncompliant
            .build();
  }

  PostHogConfig debugWrittenOnTheKeysLine() {
    return PostHogConfig.builder(PROJECT_KEY)
        .personalApiKey(personalKey).debug(true) // Noncompliant
        .build();
  }
}
