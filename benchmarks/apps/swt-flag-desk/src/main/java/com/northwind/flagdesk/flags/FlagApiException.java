package com.northwind.flagdesk.flags;

/** PostHog's private API answered with an error status. */
public class FlagApiException extends RuntimeException {

  private final int statusCode;

  public FlagApiException(int statusCode, String message) {
    super(message);
    this.statusCode = statusCode;
  }

  public int statusCode() {
    return statusCode;
  }
}
