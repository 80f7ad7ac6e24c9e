package spark;

/** Spark's routes and filters, as far as the case needs them. */
public final class Spark {
  private Spark() {}

  public static void get(String path, Route route) {}

  public static void post(String path, Route route) {}

  public static void before(Filter filter) {}

  public static void exception(Class<? extends Exception> type, ExceptionHandler handler) {}

  public static RuntimeException halt(int status, String body) {
    return new RuntimeException(body);
  }
}
