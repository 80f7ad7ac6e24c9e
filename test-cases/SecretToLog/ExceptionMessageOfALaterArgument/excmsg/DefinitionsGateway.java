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

  void rotate(int status) {
    if (status == 403) {
      String detail = "Rotation refused for key " + personalApiKey + " with HTTP " + status;
      throw new RotationException("rotation", status, detail);
    }
    String reason = "Rotation failed with HTTP " + status;
    throw new RotationException("rotation", status, reason);
  }

  void retire(int status) {
    String reason = "Retirement failed with HTTP " + status;
    throw new RetirementException(personalApiKey.substring(0, 4) + "****", status, reason);
  }
}
