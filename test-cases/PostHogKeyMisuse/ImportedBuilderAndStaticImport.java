import static com.posthog.server.PostHogConfig.builder;

import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogConfig.Builder;

/** The builder imported by its own name, and builder() imported statically. */
public class ImportedBuilderAndStaticImport {
  private final String personalApiKey;
  private final String projectKey;

  ImportedBuilderAndStaticImport(String personalApiKey, String projectKey) {
    this.personalApiKey = personalApiKey;
    this.projectKey = projectKey;
  }

  Builder importedBuilder() {
    return new Builder(personalApiKey); // Noncompliant
  }

  PostHogConfig staticallyImported() {
    return builder(this.personalApiKey).build(); // Noncompliant
  }

  PostHogConfig right() {
    return builder(projectKey).personalApiKey(personalApiKey).build();
  }

  Builder rightImported() {
    return new Builder(projectKey).personalApiKey(personalApiKey);
  }
}
