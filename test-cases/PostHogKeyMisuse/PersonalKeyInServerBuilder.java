import com.posthog.server.PostHogConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;

/** A personal or secret key as the project key of posthog-server's builder, from every kind of source. */
public class PersonalKeyInServerBuilder {
  static final String PERSONAL_KEY = "phx_NBTj56vc8Rf5aF47VU6H7dV5ve9Giif5efT5G4dxALUBc9eM";
  static final String PREFIX = "phx_";
  static final String BODY = "dvmD8feiER8do6e5hFZmcVsNXfXRMHtDnsH7eMbZzPpWLg69";

  @Value("${posthog.personal-api-key}")
  private String springKey;

  @ConfigProperty(name = "posthog.personalApiKey")
  String microProfileKey;

  private final String fromConstructor;
  private Environment environment;

  PersonalKeyInServerBuilder() {
    this.fromConstructor = System.getenv("POSTHOG_SECRET_KEY");
  }

  PostHogConfig literal() {
    return PostHogConfig.builder("phx_NBTj56vc8Rf5aF47VU6H7dV5ve9Giif5efT5G4dxALUBc9eM").build(); // Noncompliant
  }

  PostHogConfig constant() {
    return PostHogConfig.builder(PERSONAL_KEY).host("https://eu.i.posthog.com").build(); // Noncompliant
  }

  PostHogConfig assembled() {
    return PostHogConfig.builder(PREFIX + BODY).build(); // Noncompliant
  }

  PostHogConfig projectSecretKey() {
    return PostHogConfig.builder("phs_aUCrPBZU4k6rdetzvNPnQgZfuX6w7KYnk65pnMjemvWLoSzk").build(); // Noncompliant
  }

  PostHogConfig environmentVariable() {
    return PostHogConfig.builder(System.getenv("POSTHOG_PERSONAL_API_KEY")) // Noncompliant
        .host("https://eu.i.posthog.com")
        .build();
  }

  PostHogConfig systemProperty() {
    return PostHogConfig.builder(System.getProperty("posthog.personal-api-key")).build(); // Noncompliant
  }

  PostHogConfig springEnvironment() {
    return PostHogConfig.builder(environment.getProperty("posthog.personalApiKey")).build(); // Noncompliant
  }

  PostHogConfig springValue() {
    return PostHogConfig.builder(springKey).build(); // Noncompliant
  }

  PostHogConfig microProfile() {
    return PostHogConfig.builder(microProfileKey).build(); // Noncompliant
  }

  PostHogConfig secureApiKey(@ConfigProperty(name = "posthog.secure-api-key") String secureKey) {
    return PostHogConfig.builder(secureKey).build(); // Noncompliant
  }

  PostHogConfig valueParameter(@Value("${posthog.personal-api-key}") String key) {
    return PostHogConfig.builder(key).build(); // Noncompliant
  }

  PostHogConfig fieldSetInTheConstructor() {
    return PostHogConfig.builder(fromConstructor).build(); // Noncompliant
  }

  PostHogConfig throughALocal() {
    String key = System.getenv("POSTHOG_PERSONAL_API_KEY");
    String trimmed = key.trim();
    return PostHogConfig.builder(trimmed).build(); // Noncompliant
  }

  PostHogConfig getter(Settings settings) {
    return PostHogConfig.builder(settings.getPersonalApiKey()).build(); // Noncompliant
  }

  PostHogConfig sameFileGetter() {
    return PostHogConfig.builder(personalKey()).build(); // Noncompliant
  }

  String personalKey() {
    return System.getenv("POSTHOG_PERSONAL_API_KEY");
  }

  PostHogConfig.Builder constructedBuilder() {
    return new PostHogConfig.Builder(System.getenv("POSTHOG_PERSONAL_API_KEY")); // Noncompliant
  }

  PostHogConfig throughTheCompanion() {
    return PostHogConfig.Companion.builder(PERSONAL_KEY).build(); // Noncompliant
  }

  PostHogConfig fullyQualified() {
    return com.posthog.server.PostHogConfig.builder(System.getenv("POSTHOG_PERSONAL_API_KEY")).build(); // Noncompliant
  }

  PostHogConfig keyOnTheNextLine() {
    return PostHogConfig.builder( // Noncompliant
            System.getenv("POSTHOG_PERSONAL_API_KEY"))
        .build();
  }

  interface Settings {
    String getPersonalApiKey();
  }
}
