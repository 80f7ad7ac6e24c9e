package flagdesk;

import com.vaadin.hilla.BrowserCallable;

/** Every public method of a Hilla endpoint answers the browser's TypeScript client. */
@BrowserCallable
public class FlagEndpoint {
  private final String projectKey = System.getenv("POSTHOG_API_KEY");
  private final String secureKey = System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");

  public record ClientConfig(String apiKey, String flagsKey) {}

  public String projectKey() {
    return projectKey;
  }

  public ClientConfig clientConfig() {
    return new ClientConfig(projectKey, secureKey); // Noncompliant
  }

  public boolean localEvaluation() {
    return secureKey != null;
  }

  String serverSideKey() {
    return secureKey;
  }
}
