package app;

import javax.faces.application.FacesMessage;

/** JSF 2 (javax.faces): the same. */
public class LegacyAdminBean {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  FacesMessage connected() {
    return new FacesMessage("Connected", "with " + personalApiKey); // Noncompliant
  }
}
