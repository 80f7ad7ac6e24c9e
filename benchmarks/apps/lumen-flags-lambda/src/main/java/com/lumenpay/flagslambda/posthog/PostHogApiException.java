package com.lumenpay.flagslambda.posthog;

public class PostHogApiException extends Exception {

  private final int status;

  public PostHogApiException(int status, String message) {
    super(message);
    this.status = status;
  }

  public int getStatus() {
    return status;
  }
}
