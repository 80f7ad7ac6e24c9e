package app;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Settings whose key Jackson leaves out. */
public class MaskedSettings {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  public String getHost() {
    return "https://us.posthog.com";
  }

  @JsonIgnore
  public String getPersonalApiKey() {
    return personalApiKey;
  }
}
