package subclassmsg;

/** A subclass no creator gives a secret. */
public class QuotaFlagsException extends FlagsException {
  public QuotaFlagsException(String message) {
    super(message, 429);
  }
}
