package com.acme.flaghook.posthog;

/** PostHog's private API answered with an error. */
public class FlagApiException extends RuntimeException {

  private final int statusCode;

  public FlagApiException(String message, int statusCode) {
    super(message);
    this.statusCode = statusCode;
  }

  public FlagApiException(String message, Throwable cause) {
    super(message, cause);
    this.statusCode = -1;
  }

  public int getStatusCode() {
    return statusCode;
  }
}
