import com.posthog.java.PostHog;
import com.posthog.server.PostHogConfig;
import org.springframework.beans.factory.annotation.Value;

/** The right key in each place, values the source does not fix, placeholders: nothing to report. */
public class RightKeysAndUnknownValues {
  static final String PROJECT_KEY = "phc_Q3XQCh9Z5FsLAqHTTyZ7CWTdKzAvVydKoUQmzSGB7DBG";

  @Value("${posthog.api.key}")
  private String springProjectKey;

  @Value("${posthog.personal-api-key}")
  private String springPersonalKey;

  PostHogConfig projectKeyLiteral() {
    return PostHogConfig.builder("phc_Q3XQCh9Z5FsLAqHTTyZ7CWTdKzAvVydKoUQmzSGB7DBG").build();
  }

  PostHogConfig fromTheEnvironment() {
    return PostHogConfig.builder(System.getenv("POSTHOG_API_KEY"))
        .personalApiKey(System.getenv("POSTHOG_PERSONAL_API_KEY"))
        .build();
  }

  PostHogConfig fromSpring() {
    return PostHogConfig.builder(springProjectKey).personalApiKey(springPersonalKey).build();
  }

  PostHogConfig personalLiteralInItsPlace() {
    return PostHogConfig.builder(PROJECT_KEY)
        .personalApiKey("phx_NBTj56vc8Rf5aF47VU6H7dV5ve9Giif5efT5G4dxALUBc9eM")
        .build();
  }

  void setterInItsPlace(PostHogConfig config) {
    config.setPersonalApiKey(System.getenv("POSTHOG_PERSONAL_API_KEY"));
  }

  PostHogConfig projectGetter(Settings settings) {
    return PostHogConfig.builder(settings.getProjectApiKey())
        .personalApiKey(settings.getPersonalApiKey())
        .build();
  }

  PostHogConfig unknownValues(String apiKey, String key) {
    return PostHogConfig.builder(apiKey).personalApiKey(key).build();
  }

  PostHogConfig readAtRunTime(java.util.Properties properties) {
    return PostHogConfig.builder(properties.getProperty("analytics.token"))
        .personalApiKey(readKeyFile())
        .build();
  }

  PostHogConfig placeholders() {
    return PostHogConfig.builder("phx_your_personal_api_key")
        .personalApiKey("phc_YOUR_API_KEY_HERE")
        .build();
  }

  PostHogConfig nullPersonalKey() {
    return PostHogConfig.builder(PROJECT_KEY).personalApiKey(null).build();
  }

  PostHog legacy() {
    return new PostHog.Builder(System.getenv("POSTHOG_API_KEY")).build();
  }

  String readKeyFile() {
    return "";
  }

  interface Settings {
    String getProjectApiKey();

    String getPersonalApiKey();
  }
}
