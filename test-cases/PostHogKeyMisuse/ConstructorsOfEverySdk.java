import com.posthog.java.HttpSender;
import com.posthog.java.PostHog;
import com.posthog.server.PostHogConfig;

/**
 * posthog-server's 20-argument constructor (project key first, personal key 18th), the Kotlin
 * core's config and the legacy Java SDK's builders: each takes the project key first.
 */
public class ConstructorsOfEverySdk {
  static final String PROJECT_KEY = System.getenv("POSTHOG_PROJECT_API_KEY");
  static final String PERSONAL_KEY = System.getenv("POSTHOG_PERSONAL_API_KEY");

  PostHogConfig serverConfigWithThePersonalKeyFirst() {
    return new PostHogConfig( // Noncompliant {{PostHog personal API key from POSTHOG_PERSONAL_API_KEY passed as the project API key of new PostHogConfig() of posthog-server: capture fails with 401 and the admin key is sent with every event; pass the project key (phc_...) and rotate this one}} [[secondary=11]]
        PERSONAL_KEY,
        PostHogConfig.DEFAULT_HOST,
        false,
        true,
        false,
        true,
        PostHogConfig.DEFAULT_FLUSH_AT,
        PostHogConfig.DEFAULT_MAX_QUEUE_SIZE,
        PostHogConfig.DEFAULT_MAX_BATCH_SIZE,
        PostHogConfig.DEFAULT_FLUSH_INTERVAL_SECONDS,
        null,
        null,
        null,
        PostHogConfig.DEFAULT_FEATURE_FLAG_CACHE_SIZE,
        PostHogConfig.DEFAULT_FEATURE_FLAG_CACHE_MAX_AGE_MS,
        PostHogConfig.DEFAULT_FEATURE_FLAG_CALLED_CACHE_SIZE,
        true,
        null,
        PostHogConfig.DEFAULT_POLL_INTERVAL_SECONDS,
        null);
  }

  PostHogConfig serverConfigWithTheProjectKeyEighteenth() {
    return new PostHogConfig(PROJECT_KEY, "https://eu.i.posthog.com", false, true, false, true, 20, 1000, 50, 30, null, null, null, 1000, 300000, 1000, true, System.getenv("POSTHOG_API_KEY"), 30, null); // Noncompliant {{PostHog project API key from POSTHOG_API_KEY passed as the personal API key of new PostHogConfig() of posthog-server: local feature-flag evaluation cannot authenticate and silently falls back to remote evaluation; pass a personal API key (phx_...)}} [[secondary=]]
  }

  PostHogConfig serverConfigRight() {
    return new PostHogConfig(PROJECT_KEY, "https://eu.i.posthog.com", false, true, false, true, 20, 1000, 50, 30, null, null, null, 1000, 300000, 1000, true, PERSONAL_KEY, 30, null);
  }

  com.posthog.PostHogConfig coreConfig() {
    return new com.posthog.PostHogConfig(PERSONAL_KEY, "https://us.i.posthog.com", false, true, true, 20, false, null, false, true, 1000, 50, 30, 1000, null, null, false, null, null, false, null, false, null, null, null, null, null, null); // Noncompliant {{PostHog personal API key from POSTHOG_PERSONAL_API_KEY passed as the project API key of new PostHogConfig() of the PostHog core SDK: capture fails with 401 and the admin key is sent with every event; pass the project key (phc_...) and rotate this one}} [[secondary=11]]
  }

  com.posthog.PostHogConfig coreConfigRight() {
    return new com.posthog.PostHogConfig(PROJECT_KEY, "https://us.i.posthog.com", false, true, true, 20, false, null, false, true, 1000, 50, 30, 1000, null, null, false, null, null, false, null, false, null, null, null, null, null, null);
  }

  PostHog legacyBuilder() {
    return new PostHog.Builder(System.getenv("POSTHOG_PERSONAL_API_KEY")).host("https://app.posthog.com").build(); // Noncompliant {{PostHog personal API key from POSTHOG_PERSONAL_API_KEY passed as the project API key of new PostHog.Builder() of posthog-java: capture fails with 401 and the admin key is sent with every event; pass the project key (phc_...) and rotate this one}} [[secondary=]]
  }

  PostHog legacyBuilderFullyQualified() {
    return new com.posthog.java.PostHog.Builder("phx_NBTj56vc8Rf5aF47VU6H7dV5ve9Giif5efT5G4dxALUBc9eM").build(); // Noncompliant {{PostHog personal API key phx_...c9eM passed as the project API key of new PostHog.Builder() of posthog-java: capture fails with 401 and the admin key is sent with every event; pass the project key (phc_...) and rotate this one}} [[secondary=]]
  }

  HttpSender legacySender() {
    return new HttpSender.Builder(PERSONAL_KEY).build(); // Noncompliant {{PostHog personal API key from POSTHOG_PERSONAL_API_KEY passed as the project API key of new HttpSender.Builder() of posthog-java: capture fails with 401 and the admin key is sent with every event; pass the project key (phc_...) and rotate this one}} [[secondary=11]]
  }

  PostHog legacyBuilderRight() {
    return new PostHog.Builder(PROJECT_KEY).host("https://app.posthog.com").build();
  }
}
