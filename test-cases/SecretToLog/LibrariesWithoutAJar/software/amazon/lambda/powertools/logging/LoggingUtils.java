package software.amazon.lambda.powertools.logging;

/** A stub of Powertools' log context: its keys are written with every later log line. */
public final class LoggingUtils {
  public static void appendKey(String key, String value) {}

  public static void appendKeys(java.util.Map<String, String> map) {}
}
