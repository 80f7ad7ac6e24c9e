package com.northwind.flagportal.flags;

/** PostHog refused or failed a feature-flag request. */
public class FlagSyncException extends RuntimeException {

  private final int status;

  public FlagSyncException(int status, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  /** HTTP status PostHog answered with, or -1 when it could not be reached. */
  public int status() {
    return status;
  }
}
