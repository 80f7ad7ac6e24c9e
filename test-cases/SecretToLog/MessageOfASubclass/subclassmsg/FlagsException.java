package subclassmsg;

/** The project's base exception: handlers match it, subclasses are thrown. */
public class FlagsException extends RuntimeException {
  public FlagsException(String message, int status) {
    super(message);
  }
}
