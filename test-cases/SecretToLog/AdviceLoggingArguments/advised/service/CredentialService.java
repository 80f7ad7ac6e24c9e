package advised.service;

/** Checks a personal API key a user pastes: the key is an argument of a method the advice wraps. */
public class CredentialService {
  public boolean verifyPersonalKey(String personalApiKey) {
    return personalApiKey != null && personalApiKey.startsWith("phx_");
  }

  public String currentKey() {
    return System.getenv("POSTHOG_PERSONAL_API_KEY");
  }

  private String stagingKey() {
    return System.getenv("POSTHOG_STAGING_PERSONAL_API_KEY");
  }

  public int countFlags(String projectId, int apiKeyCount) {
    return apiKeyCount;
  }
}
