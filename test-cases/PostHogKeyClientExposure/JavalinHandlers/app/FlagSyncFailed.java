package app;

public class FlagSyncFailed extends Exception {
  public FlagSyncFailed(String message) {
    super(message);
  }
}
