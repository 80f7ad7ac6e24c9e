package com.tripwise.itinerary.jobs;

public class FlagSyncException extends RuntimeException {

  private final int upstreamStatus;

  public FlagSyncException(String message, int upstreamStatus, Throwable cause) {
    super(message, cause);
    this.upstreamStatus = upstreamStatus;
  }

  public int upstreamStatus() {
    return upstreamStatus;
  }
}
