import com.posthog.server.PostHogConfig;

/**
 * A key put together from a secret key's prefix and a body read at run time is a key of that kind,
 * whatever the body: a project secret key given as the project key is misused.
 */
public class KeysOfAPrefixAndABodyReadAtRunTime {
  static final String SECURE_KEY_PREFIX = "phs_";
  static final String PROJECT_KEY_PREFIX = "phc_";

  PostHogConfig regional(String region) {
    String regionalKey = SECURE_KEY_PREFIX + System.getenv("POSTHOG_" + region + "_FLAGS_KEY_BODY");
    return PostHogConfig.builder(regionalKey).build(); // Noncompliant
  }

  PostHogConfig personalAsProject() {
    return PostHogConfig.builder("phx_" + System.getenv("POSTHOG_KEY_BODY")).build(); // Noncompliant
  }

  PostHogConfig rightKinds() {
    return PostHogConfig.builder(PROJECT_KEY_PREFIX + System.getenv("POSTHOG_PROJECT_KEY_BODY"))
        .personalApiKey("phx_" + System.getenv("POSTHOG_PERSONAL_KEY_BODY"))
        .build();
  }

  PostHogConfig prefixInTheMiddle() {
    return PostHogConfig.builder(System.getenv("POSTHOG_REGION") + "phs_").build();
  }
}
