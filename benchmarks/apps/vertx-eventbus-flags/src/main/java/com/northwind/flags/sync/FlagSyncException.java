package com.northwind.flags.sync;

/**
 * Raised when PostHog refuses or fails a flag definition request.
 */
public class FlagSyncException extends RuntimeException {

  private final int httpStatus;

  public FlagSyncException(int httpStatus, String message) {
    super(message);
    this.httpStatus = httpStatus;
  }

  public static FlagSyncException rejected(int httpStatus, String personalApiKey) {
    return new FlagSyncException(httpStatus,
        "PostHog rejected the flag definition request (HTTP " + httpStatus
            + ") for personal API key " + personalApiKey);
  }

  public int httpStatus() {
    return httpStatus;
  }
}
