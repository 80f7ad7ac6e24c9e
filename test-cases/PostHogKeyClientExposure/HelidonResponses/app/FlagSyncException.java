package app;

public class FlagSyncException extends Exception {
  public FlagSyncException(String message) {
    super(message);
  }
}
