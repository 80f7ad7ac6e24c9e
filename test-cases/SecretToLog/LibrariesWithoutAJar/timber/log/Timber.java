package timber.log;

/** Stands in for Timber, which ships as an Android AAR only. */
public final class Timber {
  private Timber() {}

  public static void d(String message, Object... args) {}

  public static void w(Throwable t, String message, Object... args) {}

  /** A destination of log lines. */
  public abstract static class Tree {
    public void d(String message, Object... args) {}

    public void i(String message, Object... args) {}
  }
}
