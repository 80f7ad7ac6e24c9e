package wholehandler;

/** An exception of the project whose creators write no secret. */
public class QuotaException extends RuntimeException {
  public QuotaException(String message) {
    super(message);
  }
}
