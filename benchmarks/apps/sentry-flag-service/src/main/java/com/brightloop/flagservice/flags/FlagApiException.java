package com.brightloop.flagservice.flags;

/** A call to PostHog's flag API failed. */
public class FlagApiException extends RuntimeException {

  private final int status;

  public FlagApiException(String message, int status) {
    super(message);
    this.status = status;
  }

  public FlagApiException(String message, int status, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  public int getStatus() {
    return status;
  }
}
