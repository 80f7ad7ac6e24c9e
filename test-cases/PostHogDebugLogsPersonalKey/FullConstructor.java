import com.posthog.server.PostHogConfig;
import java.util.List;

/**
 * The 20-argument constructor: debug is the third argument, local evaluation the 17th, the
 * personal key the 18th. Reported on the line of "new".
 */
public class FullConstructor {
  static final String PROJECT_KEY = System.getenv("POSTHOG_PROJECT_API_KEY");

  PostHogConfig debugOn() {
    return new PostHogConfig( // Noncompliant
        PROJECT_KEY,
        PostHogConfig.DEFAULT_HOST,
        true,
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
        System.getenv("POSTHOG_PERSONAL_API_KEY"),
        PostHogConfig.DEFAULT_POLL_INTERVAL_SECONDS,
        List.of());
  }

  PostHogConfig fullyQualified(String personalKey) {
    return new com.posthog.server.PostHogConfig(PROJECT_KEY, "https://eu.i.posthog.com", true, true, false, true, 20, 1000, 50, 30, null, null, null, 1000, 300000, 1000, true, personalKey, 30, null); // Noncompliant
  }

  PostHogConfig debugOff(String personalKey) {
    return new PostHogConfig(PROJECT_KEY, "https://eu.i.posthog.com", false, true, false, true, 20, 1000, 50, 30, null, null, null, 1000, 300000, 1000, true, personalKey, 30, null);
  }

  PostHogConfig noPersonalKey() {
    return new PostHogConfig(PROJECT_KEY, "https://eu.i.posthog.com", true, true, false, true, 20, 1000, 50, 30, null, null, null, 1000, 300000, 1000, false, null, 30, null);
  }

  PostHogConfig localEvaluationOff(String personalKey) {
    return new PostHogConfig(PROJECT_KEY, "https://eu.i.posthog.com", true, true, false, true, 20, 1000, 50, 30, null, null, null, 1000, 300000, 1000, false, personalKey, 30, null);
  }

  PostHogConfig debugFromTheEnvironment(String personalKey) {
    boolean debug = System.getenv("POSTHOG_DEBUG") != null;
    return new PostHogConfig(PROJECT_KEY, "https://eu.i.posthog.com", debug, true, false, true, 20, 1000, 50, 30, null, null, null, 1000, 300000, 1000, true, personalKey, 30, null);
  }
}
