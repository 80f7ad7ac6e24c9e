package flags;

import hudson.tasks.Builder;

/** A build step's job configuration page renders its properties too. */
public class AnnotateBuilder extends Builder {
  private final String personalApiKey;
  private final String host;

  public AnnotateBuilder(String personalApiKey, String host) {
    this.personalApiKey = personalApiKey;
    this.host = host;
  }

  public String getPersonalApiKey() {
    return personalApiKey; // Noncompliant
  }

  public String getHost() {
    return host;
  }
}
