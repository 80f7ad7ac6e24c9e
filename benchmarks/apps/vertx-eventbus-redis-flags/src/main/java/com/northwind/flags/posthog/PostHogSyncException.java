package com.northwind.flags.posthog;

/**
 * Raised when the PostHog private API cannot be reached or rejects our credentials.
 */
public class PostHogSyncException extends RuntimeException {

  private final int statusCode;

  public PostHogSyncException(String message, int statusCode) {
    super(message);
    this.statusCode = statusCode;
  }

  public PostHogSyncException(String message, Throwable cause) {
    super(message, cause);
    this.statusCode = -1;
  }

  public int statusCode() {
    return statusCode;
  }
}
