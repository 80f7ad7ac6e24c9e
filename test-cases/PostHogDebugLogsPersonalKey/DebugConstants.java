import com.posthog.server.PostHogConfig;

/** Debug given as a constant of the same file that is true. */
public class DebugConstants {
  static final boolean DEBUG = true;
  private static final boolean QUIET = false;
  static final boolean VERBOSE = DEBUG;

  interface Flags {
    boolean TRACE = true;
  }

  PostHogConfig constant(String projectKey, String personalKey) {
    return PostHogConfig.builder(projectKey)
        .personalApiKey(personalKey)
        .debug(DEBUG) // Noncompliant
        .build();
  }

  PostHogConfig negated(String projectKey, String personalKey) {
    return PostHogConfig.builder(projectKey).personalApiKey(personalKey).debug(!QUIET).build(); // Noncompliant
  }

  PostHogConfig chained(String projectKey, String personalKey) {
    return PostHogConfig.builder(projectKey).personalApiKey(personalKey).debug(VERBOSE).build(); // Noncompliant
  }

  PostHogConfig qualified(String projectKey, String personalKey) {
    return PostHogConfig.builder(projectKey).personalApiKey(personalKey).debug(DebugConstants.DEBUG).build(); // Noncompliant
  }

  PostHogConfig fromAnInterface(String projectKey, String personalKey) {
    return PostHogConfig.builder(projectKey).personalApiKey(personalKey).debug(Flags.TRACE).build(); // Noncompliant
  }

  PostHogConfig boxed(String projectKey, String personalKey) {
    return PostHogConfig.builder(projectKey).personalApiKey(personalKey).debug(Boolean.TRUE).build(); // Noncompliant
  }

  PostHogConfig finalLocal(String projectKey, String personalKey) {
    final boolean verbose = true;
    PostHogConfig config = PostHogConfig.builder(projectKey).personalApiKey(personalKey).build();
    config.setDebug(verbose); // Noncompliant
    return config;
  }

  PostHogConfig constantOff(String projectKey, String personalKey) {
    return PostHogConfig.builder(projectKey).personalApiKey(personalKey).debug(QUIET).build();
  }
}
