package reactive;

public class FlagTimeoutException extends RuntimeException {
  public FlagTimeoutException(String message) {
    super(message);
  }
}
