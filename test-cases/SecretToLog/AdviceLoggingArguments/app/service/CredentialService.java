package app.service;

/** Checks a personal API key a user pastes: the key is an argument of a method the advice wraps. */
public class CredentialService {
  public boolean verifyPersonalKey(String personalApiKey) {
    return personalApiKey != null && personalApiKey.startsWith("phx_");
  }

  public int countFlags(String projectId, int apiKeyCount) {
    return apiKeyCount;
  }
}
