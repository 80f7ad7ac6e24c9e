package gg.emberforge.flagsync.posthog;

/** A PostHog call of the flag poller failed. */
public class FlagSyncException extends Exception {

  private final int status;

  public FlagSyncException(String message, int status) {
    super(message);
    this.status = status;
  }

  public FlagSyncException(String message, Throwable cause) {
    super(message, cause);
    this.status = -1;
  }

  public int status() {
    return status;
  }
}
