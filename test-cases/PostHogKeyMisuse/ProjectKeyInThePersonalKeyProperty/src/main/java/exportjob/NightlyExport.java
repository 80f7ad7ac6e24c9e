package exportjob;

import com.posthog.server.PostHogConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Right by its names; the configuration file writes a project key under the personal key's. */
public class NightlyExport {
  @ConfigProperty(name = "posthog.export.personal-api-key")
  String personalKey;

  @ConfigProperty(name = "posthog.export.project-api-key")
  String projectKey;

  PostHogConfig config() {
    return PostHogConfig.builder(projectKey).personalApiKey(personalKey).build(); // Noncompliant
  }
}
