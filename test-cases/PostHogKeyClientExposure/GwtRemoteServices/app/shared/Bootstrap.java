package app.shared;

import java.io.Serializable;

public class Bootstrap implements Serializable {
  private String projectApiKey;
  private String personalApiKey;

  public Bootstrap() {}

  public Bootstrap(String projectApiKey, String personalApiKey) {
    this.projectApiKey = projectApiKey;
    this.personalApiKey = personalApiKey;
  }

  public String getProjectApiKey() {
    return projectApiKey;
  }

  public String getPersonalApiKey() {
    return personalApiKey;
  }
}
