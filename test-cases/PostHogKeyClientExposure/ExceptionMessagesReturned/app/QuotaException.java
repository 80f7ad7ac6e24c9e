package app;

/** Thrown with a message that holds no key. */
public class QuotaException extends RuntimeException {
  public QuotaException(String message) {
    super(message);
  }
}
