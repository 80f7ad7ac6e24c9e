package jsonwriter;

/** Fetches the flag definitions with the personal key. */
public class FlagFetcher {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  void fetch(int status) {
    if (status != 200) {
      throw new SyncRefused(status, "definitions refused for " + personalApiKey);
    }
  }
}
