package akka.event;

/** Makes a classic actor's logging adapter. */
public final class Logging {
  public static LoggingAdapter getLogger(Object system, Object source) {
    return null;
  }
}
