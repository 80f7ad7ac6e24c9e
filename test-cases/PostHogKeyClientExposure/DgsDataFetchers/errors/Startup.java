package errors;

/** Checks the server's own key at start-up. */
public class Startup {
  private final KeyCheck check = new KeyCheck();

  void start() {
    check.require(System.getenv("POSTHOG_PERSONAL_API_KEY"));
  }
}
