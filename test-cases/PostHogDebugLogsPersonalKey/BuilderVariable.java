import com.posthog.server.PostHogConfig;
import java.util.Optional;

/** A builder kept in a local variable: its calls add up across the statements of the method. */
public class BuilderVariable {
  PostHogConfig acrossStatements(String projectKey) {
    PostHogConfig.Builder builder = PostHogConfig.builder(projectKey);
    builder.host("https://eu.i.posthog.com");
    builder.personalApiKey(System.getenv("POSTHOG_PERSONAL_API_KEY"));
    builder.debug(true); // Noncompliant
    return builder.build();
  }

  PostHogConfig debugFirst(String projectKey) {
    var builder = new PostHogConfig.Builder(projectKey);
    builder.debug(true); // Noncompliant
    builder.personalApiKey(System.getenv("POSTHOG_PERSONAL_API_KEY")).pollIntervalSeconds(30);
    return builder.build();
  }

  PostHogConfig reassigned(String projectKey, String personalKey) {
    PostHogConfig.Builder builder = PostHogConfig.builder(projectKey);
    builder = builder.personalApiKey(personalKey);
    builder = builder.debug(true); // Noncompliant
    return builder.build();
  }

  PostHogConfig createdInTheBranch(String projectKey, String personalKey, boolean verbose) {
    if (verbose) {
      PostHogConfig.Builder builder = PostHogConfig.builder(projectKey).personalApiKey(personalKey);
      builder.debug(true); // Noncompliant
      return builder.build();
    }
    return PostHogConfig.builder(projectKey).personalApiKey(personalKey).build();
  }

  void received(PostHogConfig.Builder builder, String personalKey) {
    builder.personalApiKey(personalKey);
    builder.debug(true); // Noncompliant
  }

  PostHogConfig keyGivenByReference(String projectKey, Optional<String> personalKey) {
    PostHogConfig.Builder builder = PostHogConfig.builder(projectKey);
    personalKey.ifPresent(builder::personalApiKey);
    builder.debug(true); // Noncompliant
    return builder.build();
  }

  PostHogConfig debugGivenByReference(String projectKey, Optional<Boolean> verbose) {
    PostHogConfig.Builder builder = PostHogConfig.builder(projectKey);
    builder.personalApiKey(System.getenv("POSTHOG_PERSONAL_API_KEY"));
    verbose.ifPresent(builder::debug);
    return builder.build();
  }
}
