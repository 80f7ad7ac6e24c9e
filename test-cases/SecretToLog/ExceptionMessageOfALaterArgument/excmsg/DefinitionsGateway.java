package excmsg;

/** Throws an exception whose message, a sentence built with the key, is its third argument. */
public class DefinitionsGateway {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  byte[] fetchDefinitions(int status) {
    if (status == 401) {
      throw new DefinitionsException(
          "local_evaluation", status, "Definitions rejected with HTTP 401 for key " + personalApiKey);
    }
    if (status >= 500) {
      throw new DefinitionsException(
          "local_evaluation", status, "Definitions request failed with HTTP " + status);
    }
    return new byte[0];
  }
}
