package subclassmsg;

/** A subclass whose creators write the key into the message. */
public class RejectedKeyFlagsException extends FlagsException {
  public RejectedKeyFlagsException(String message) {
    super(message, 502);
  }
}
