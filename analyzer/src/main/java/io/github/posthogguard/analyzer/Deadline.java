package io.github.posthogguard.analyzer;

/**
 * The time left for the file the current thread works on. Parsing and analysis call {@link
 * #check()} where they loop or recurse over the file, so work that ran past its budget (or was
 * given up by the thread waiting for it) stops soon after, instead of holding a core and memory.
 */
public final class Deadline {
  private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

  private final long endNanos;
  private volatile boolean abandoned;

  private Deadline(long endNanos) {
    this.endNanos = endNanos;
  }

  /**
   * Thrown where the work on a file passes its deadline. An {@link Error}, not a runtime exception:
   * analysis code catches runtime exceptions to keep going, and this must unwind all the way to the
   * budget that set the deadline.
   */
  public static final class Exceeded extends Error {
    private static final long serialVersionUID = 1L;

    Exceeded() {
      super("time budget exceeded", null, false, false);
    }
  }

  /** Throws {@link Exceeded} when the current thread's file is past its deadline. */
  public static void check() {
    Deadline deadline = CURRENT.get();
    if (deadline != null && deadline.passed()) {
      throw new Exceeded();
    }
  }

  static Deadline startOnThisThread(long budgetNanos) {
    Deadline deadline = new Deadline(System.nanoTime() + budgetNanos);
    CURRENT.set(deadline);
    return deadline;
  }

  static boolean isSetOnThisThread() {
    return CURRENT.get() != null;
  }

  static void clearOnThisThread() {
    CURRENT.remove();
  }

  boolean passed() {
    return abandoned || System.nanoTime() - endNanos > 0;
  }

  void abandon() {
    abandoned = true;
  }
}
