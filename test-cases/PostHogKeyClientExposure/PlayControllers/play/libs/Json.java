package play.libs;

/** A stand-in for Play's Json. */
public final class Json {
  private Json() {}

  public static Object toJson(Object value) {
    return value;
  }

  public static String stringify(Object json) {
    return String.valueOf(json);
  }
}
