package flagdesk;

import com.vaadin.hilla.Endpoint;

/** A Hilla endpoint of the older annotation. */
@Endpoint
public class AdminEndpoint {
  private final String personalKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  public String flagDefinitionsUrl(long projectId) {
    return "https://eu.posthog.com/api/projects/" + projectId + "/feature_flags/?personal_api_key=" + personalKey; // Noncompliant
  }

  public static String hostOf(String url) {
    return url;
  }
}
