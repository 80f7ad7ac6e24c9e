package app;

import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.models.annotations.Model;

/**
 * A Sling Model: the component's HTL renders its properties into the page, and its exporter serves
 * them to the page's scripts as .model.json.
 */
@Model(adaptables = SlingHttpServletRequest.class, resourceType = "flags/components/banner")
public class FlagBannerModel {
  private final String flagsSecureKey = System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_KEY");
  private final String projectApiKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  public String getFlagsApiKey() {
    return flagsSecureKey; // Noncompliant
  }

  public String getProjectApiKey() {
    return projectApiKey;
  }

  public boolean isConfigured() {
    return flagsSecureKey != null;
  }
}
