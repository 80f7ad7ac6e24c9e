package excfactory;

/** Throws what the exceptions' factories build. */
public class FlagAdminClient {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  String listFlags(int status) {
    if (status >= 400) {
      throw FlagApiException.forStatus(status, "Bearer " + personalApiKey);
    }
    return "[]";
  }

  String flag(String flagKey, boolean found) {
    if (!found) {
      throw FlagNotFoundException.of(flagKey, mask(personalApiKey));
    }
    return flagKey;
  }

  private static String mask(String key) {
    return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
  }
}
