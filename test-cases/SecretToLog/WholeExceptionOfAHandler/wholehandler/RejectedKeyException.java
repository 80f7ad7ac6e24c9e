package wholehandler;

/** An exception of the project: its message is what its creator writes. */
public class RejectedKeyException extends RuntimeException {
  public RejectedKeyException(String message) {
    super(message);
  }
}
