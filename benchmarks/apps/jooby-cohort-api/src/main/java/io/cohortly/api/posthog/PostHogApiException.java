package io.cohortly.api.posthog;

/** A call to PostHog's private API that did not succeed. */
public class PostHogApiException extends RuntimeException {

  private final int status;

  public PostHogApiException(int status, String message) {
    super(message);
    this.status = status;
  }

  public PostHogApiException(String message, Throwable cause) {
    super(message, cause);
    this.status = 502;
  }

  public int status() {
    return status;
  }
}
