package akka.event;

/** A classic actor's logging adapter. */
public interface LoggingAdapter {
  void info(String template, Object arg1);

  void warning(String template, Object arg1);
}
