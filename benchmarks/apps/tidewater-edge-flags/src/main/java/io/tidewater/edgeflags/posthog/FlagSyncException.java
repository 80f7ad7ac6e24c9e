package io.tidewater.edgeflags.posthog;

public class FlagSyncException extends RuntimeException {

  public FlagSyncException(String message) {
    super(message);
  }

  public FlagSyncException(String message, Throwable cause) {
    super(message, cause);
  }
}
