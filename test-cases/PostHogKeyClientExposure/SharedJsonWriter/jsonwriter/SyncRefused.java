package jsonwriter;

/** PostHog refused a sync. */
public class SyncRefused extends RuntimeException {
  public SyncRefused(int status, String message) {
    super(message);
  }
}
