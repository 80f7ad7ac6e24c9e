import com.posthog.server.PostHogConfig;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Debug that a condition turns on is on wherever the condition holds: the key is printed there. Only
 * a condition that holds on a developer's machine (a dev, local or test environment) is left alone.
 */
public class DebugUnderACondition {
  PostHogConfig onlyWhenAsked(String projectKey, String personalKey, boolean verbose) {
    PostHogConfig.Builder builder = PostHogConfig.builder(projectKey).personalApiKey(personalKey);
    if (verbose) {
      builder.debug(true); // Noncompliant
    }
    return builder.build();
  }

  PostHogConfig setterInABranch(String projectKey, String personalKey) {
    PostHogConfig config = PostHogConfig.builder(projectKey).personalApiKey(personalKey).build();
    if (System.getenv("POSTHOG_DEBUG") != null) {
      config.setDebug(true); // Noncompliant
    }
    return config;
  }

  PostHogConfig chosenByACondition(String projectKey, String personalKey, boolean verbose) {
    PostHogConfig.Builder builder = PostHogConfig.builder(projectKey).personalApiKey(personalKey);
    return (verbose ? builder.debug(true) : builder).build(); // Noncompliant
  }

  Runnable later(PostHogConfig.Builder builder, String personalKey) {
    builder.personalApiKey(personalKey);
    return () -> builder.debug(true); // Noncompliant
  }

  PostHogConfig everywhereButProduction(String projectKey, String personalKey, Environment environment) {
    PostHogConfig.Builder builder = PostHogConfig.builder(projectKey).personalApiKey(personalKey);
    if (!environment.acceptsProfiles(Profiles.of("prod"))) {
      builder.debug(true); // Noncompliant
    }
    return builder.build();
  }

  PostHogConfig onlyOnADevelopersMachine(String projectKey, String personalKey, Environment environment) {
    PostHogConfig.Builder builder = PostHogConfig.builder(projectKey).personalApiKey(personalKey);
    if (environment.matchesProfiles("local")) {
      builder.debug(true);
    }
    return builder.build();
  }

  PostHogConfig inDevelopmentOrWhenAsked(String projectKey, String personalKey, String stage, boolean verbose) {
    PostHogConfig.Builder builder = PostHogConfig.builder(projectKey).personalApiKey(personalKey);
    if ("dev".equals(stage) || verbose) {
      builder.debug(true); // Noncompliant
    }
    return builder.build();
  }

  PostHogConfig alwaysThenAgainInDevelopment(String projectKey, String personalKey, String stage) {
    PostHogConfig.Builder builder = PostHogConfig.builder(projectKey).personalApiKey(personalKey);
    builder.debug(true); // Noncompliant
    if ("dev".equals(stage)) {
      builder.debug(true);
    }
    return builder.build();
  }

  PostHogConfig inEitherDevelopmentStage(String projectKey, String personalKey, String stage) {
    PostHogConfig.Builder builder = PostHogConfig.builder(projectKey).personalApiKey(personalKey);
    if ("dev".equals(stage) || ("local".equals(stage))) {
      builder.debug(true);
    }
    return builder.build();
  }

  PostHogConfig onlyInDevelopment(String projectKey, String personalKey, String stage) {
    PostHogConfig.Builder builder = PostHogConfig.builder(projectKey).personalApiKey(personalKey);
    if ("dev".equals(stage)) {
      builder.debug(true);
    }
    return builder.build();
  }
}
