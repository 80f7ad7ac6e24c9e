package app;

/** What the flag client fails with: its message names the key it was refused. */
public class FlagApiException extends RuntimeException {
  public FlagApiException(String message) {
    super(message);
  }
}
