package app;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** A CDI bean named for the pages in a request scope: its getters are what #{settingsPageBean.x} renders. */
@Named
@RequestScoped
public class SettingsPageBean {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  public String getPersonalApiKey() {
    return personalApiKey; // Noncompliant
  }

  public String getProjectKey() {
    return System.getenv("POSTHOG_PROJECT_API_KEY");
  }

  public boolean isPersonalKeyConfigured() {
    return personalApiKey != null;
  }
}
