package app;

import jakarta.faces.view.ViewScoped;

/** A Faces bean's getters are what its page renders (#{connection.personalApiKey}). */
@ViewScoped
public class ConnectionPageBean {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String projectApiKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  public String getPersonalApiKey() {
    return personalApiKey; // Noncompliant
  }

  public String getProjectApiKey() {
    return projectApiKey;
  }

  public boolean isPersonalKeyConfigured() {
    return personalApiKey != null;
  }

  public String getMaskedPersonalKey() {
    return personalApiKey == null ? "" : "phx_..." + personalApiKey.substring(personalApiKey.length() - 4);
  }

  String personalKeyForTheClient() {
    return personalApiKey;
  }
}
