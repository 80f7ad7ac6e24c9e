package feign;

/** Feign's logger levels, as far as the case needs it. */
public abstract class Logger {
  public enum Level {
    NONE,
    BASIC,
    HEADERS,
    FULL
  }
}
