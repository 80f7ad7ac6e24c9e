package io.github.posthogguard.analyzer;

/**
 * Whether the work on the current thread's file has been given up ({@link FileBudget}). Parsing and
 * analysis call {@link #check()} where they loop or recurse over the file, so work past its budget
 * stops soon after, instead of holding a core and memory. A check reads one volatile flag: the
 * thread that waits for the work measures the time.
 */
public final class Deadline {
  private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

  private volatile boolean passed;

  /**
   * Thrown where the work on a file is found given up. An {@link Error}, not a runtime exception:
   * analysis code catches runtime exceptions to keep going, and this must unwind all the way to the
   * budget that gave the work up.
   */
  public static final class Exceeded extends Error {
    private static final long serialVersionUID = 1L;

    Exceeded() {
      super("time budget exceeded", null, false, false);
    }
  }

  /** Throws {@link Exceeded} when the current thread's file is past its budget. */
  public static void check() {
    Deadline deadline = CURRENT.get();
    if (deadline != null && deadline.passed) {
      throw new Exceeded();
    }
  }

  static void startOnThisThread(Deadline deadline) {
    CURRENT.set(deadline);
  }

  static boolean isSetOnThisThread() {
    return CURRENT.get() != null;
  }

  static void clearOnThisThread() {
    CURRENT.remove();
  }

  boolean passed() {
    return passed;
  }

  void pass() {
    passed = true;
  }
}
