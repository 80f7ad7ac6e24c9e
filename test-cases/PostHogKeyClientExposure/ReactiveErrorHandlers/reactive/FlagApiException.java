package reactive;

public class FlagApiException extends RuntimeException {
  public FlagApiException(String message) {
    super(message);
  }
}
