package software.amazon.lambda.powertools.logging.argument;

import java.util.Map;

/** A stub of AWS Lambda Powertools' structured arguments: fields of the JSON log line. */
public final class StructuredArguments {
  public static Object entry(String key, Object value) {
    return null;
  }

  public static Object entries(Map<String, ?> map) {
    return null;
  }

  public static Object array(String key, Object... values) {
    return null;
  }

  public static Object json(String key, String rawJson) {
    return null;
  }
}
