package app.poller;

import java.util.Map;

/** Keys read from a store the analysis does not know: only their names say what they are. */
public class PollerConfig {
  private final String projectApiKey;
  private final String personalApiKey;

  public PollerConfig(Map<String, String> store) {
    this.projectApiKey = store.get("project");
    this.personalApiKey = store.get("personal");
  }

  public String serverKey() {
    return personalApiKey;
  }

  public PollerCredentials credentials() {
    return new PollerCredentials(projectApiKey, serverKey());
  }
}
