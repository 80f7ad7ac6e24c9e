import com.posthog.server.PostHogConfig;
import org.springframework.beans.factory.annotation.Value;

/** The public project key where posthog-server wants the personal API key. */
public class ProjectKeyAsPersonalKey {
  static final String PROJECT_KEY = "phc_Q3XQCh9Z5FsLAqHTTyZ7CWTdKzAvVydKoUQmzSGB7DBG";
  static final String PERSONAL_KEY_NAME = "POSTHOG_PERSONAL_API_KEY";

  @Value("${posthog.api.key}")
  private String springProjectKey;

  private final String projectKeyField;

  ProjectKeyAsPersonalKey() {
    projectKeyField = System.getenv("POSTHOG_API_KEY");
  }

  PostHogConfig literal() {
    return PostHogConfig.builder(PROJECT_KEY)
        .personalApiKey("phc_Q3XQCh9Z5FsLAqHTTyZ7CWTdKzAvVydKoUQmzSGB7DBG") // Noncompliant
        .build();
  }

  PostHogConfig constant() {
    return PostHogConfig.builder(PROJECT_KEY).personalApiKey(PROJECT_KEY).build(); // Noncompliant
  }

  PostHogConfig assembled() {
    return PostHogConfig.builder(PROJECT_KEY)
        .personalApiKey("phc_" + "Q3XQCh9Z5FsLAqHTTyZ7CWTdKzAvVydKoUQmzSGB7DBG") // Noncompliant
        .build();
  }

  PostHogConfig environmentVariable() {
    return PostHogConfig.builder(System.getenv("POSTHOG_PROJECT_API_KEY"))
        .personalApiKey(System.getenv("POSTHOG_API_KEY")) // Noncompliant
        .build();
  }

  PostHogConfig systemProperty() {
    return PostHogConfig.builder(PROJECT_KEY)
        .host("https://eu.i.posthog.com")
        .personalApiKey(System.getProperty("posthog.api.key")) // Noncompliant
        .build();
  }

  PostHogConfig springValue() {
    return PostHogConfig.builder(springProjectKey).personalApiKey(springProjectKey).build(); // Noncompliant
  }

  PostHogConfig fieldSetInTheConstructor() {
    return new PostHogConfig.Builder(PROJECT_KEY).personalApiKey(projectKeyField).build(); // Noncompliant
  }

  PostHogConfig builderInALocal() {
    PostHogConfig.Builder builder = PostHogConfig.builder(PROJECT_KEY);
    String key = System.getenv("POSTHOG_PROJECT_API_KEY");
    builder.personalApiKey(key); // Noncompliant
    return builder.build();
  }

  PostHogConfig varBuilder() {
    var builder = PostHogConfig.builder(PROJECT_KEY).host("https://eu.i.posthog.com");
    builder.personalApiKey(PROJECT_KEY); // Noncompliant
    return builder.build();
  }

  void setter(PostHogConfig config) {
    config.setPersonalApiKey(System.getenv("POSTHOG_API_KEY")); // Noncompliant
  }

  void setterOnABuiltConfig() {
    PostHogConfig config = PostHogConfig.builder(PROJECT_KEY).build();
    config.setPersonalApiKey(PROJECT_KEY); // Noncompliant
  }

  void setterOnAVarConfig() {
    var config = PostHogConfig.builder(PROJECT_KEY).build();
    config.setPersonalApiKey(PROJECT_KEY); // Noncompliant
  }

  PostHogConfig rightKeyHere() {
    return PostHogConfig.builder(PROJECT_KEY).personalApiKey(System.getenv(PERSONAL_KEY_NAME)).build();
  }

  PostHogConfig accessors(Keys keys) {
    return PostHogConfig.builder(keys.projectApiKey())
        .personalApiKey(keys.projectApiKey()) // Noncompliant
        .build();
  }

  PostHogConfig rightAccessors(Keys keys) {
    return PostHogConfig.builder(keys.projectApiKey()).personalApiKey(keys.personalApiKey()).build();
  }

  /** A record's or a @ConfigMapping interface's accessors: no get prefix. */
  interface Keys {
    String projectApiKey();

    String personalApiKey();
  }
}
