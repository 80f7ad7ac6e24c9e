import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogConfig.Builder;

/** The Builder imported by its own name. */
public class ImportedBuilder {
  PostHogConfig imported(String projectKey, String personalKey) {
    Builder builder = new Builder(projectKey);
    builder.personalApiKey(personalKey);
    builder.debug(true); // Noncompliant
    return builder.build();
  }

  PostHogConfig debugOff(String projectKey, String personalKey) {
    Builder builder = new Builder(projectKey).personalApiKey(personalKey);
    return builder.debug(false).build();
  }
}
