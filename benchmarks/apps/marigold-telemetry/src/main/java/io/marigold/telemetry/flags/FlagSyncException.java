package io.marigold.telemetry.flags;

public class FlagSyncException extends RuntimeException {

  public FlagSyncException(String message) {
    super(message);
  }
}
