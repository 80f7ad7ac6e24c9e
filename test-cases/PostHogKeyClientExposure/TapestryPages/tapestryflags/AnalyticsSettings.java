package tapestryflags;

import org.apache.tapestry5.ioc.annotations.Symbol;
import org.apache.tapestry5.ioc.annotations.Value;

/** Settings a Tapestry service is given from configuration symbols. */
public class AnalyticsSettings {
  private final String projectApiKey;
  private final String personalApiKey;
  private final String flagsKey;

  public AnalyticsSettings(
      @Symbol("posthog.project-api-key") String projectApiKey,
      @Symbol("posthog.personal-api-key") String personalApiKey,
      @Value("${posthog.feature-flags-secure-key}") String flagsKey) {
    this.projectApiKey = projectApiKey;
    this.personalApiKey = personalApiKey;
    this.flagsKey = flagsKey;
  }

  public String getProjectApiKey() {
    return projectApiKey;
  }

  public String getPersonalApiKey() {
    return personalApiKey;
  }

  public String getFlagsKey() {
    return flagsKey;
  }
}
