package io.github.posthogguard.analyzer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the work on one file so that nothing it does can stop the others: on a thread of its own
 * with a large stack (recursive descent over 10,000 nested parentheses needs about 64 MB, far more
 * than the default 512 KB-1 MB), for at most the time budget. A stack overflow, an {@link
 * OutOfMemoryError}, an exception or a time-out comes back as a reason, never thrown. Work that
 * runs past its budget is given up: the caller goes on at once, and the worker stops at its next
 * {@link Deadline#check()}.
 */
public final class FileBudget {
  /** Reserved address space, not memory: a thread touches only the stack it uses. */
  static final long STACK_BYTES = 256L * 1024 * 1024;

  /**
   * How much longer than the budget the caller waits on the clock for a worker that has not used
   * its processor time yet: on a busy machine threads wait for a core.
   */
  static final long WALL_FACTOR = 3;

  private static final long POLL_MILLIS = 50;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final boolean CPU_TIME = cpuTimeSupported();

  private static final AtomicInteger WORKERS = new AtomicInteger();

  private static boolean cpuTimeSupported() {
    try {
      if (THREADS.isThreadCpuTimeSupported() && !THREADS.isThreadCpuTimeEnabled()) {
        THREADS.setThreadCpuTimeEnabled(true);
      }
      return THREADS.isThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
    } catch (UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  private final Limits limits;

  public FileBudget(Limits limits) {
    this.limits = limits;
  }

  public Limits limits() {
    return limits;
  }

  /** The work's result, or why there is none. */
  public sealed interface Outcome<T> {
    /** Why the work gave no result ("took longer than its time budget (5 s)"); null when done. */
    String reason();

    /** The result of work that finished in time. */
    record Done<T>(T value) implements Outcome<T> {
      @Override
      public String reason() {
        return null;
      }
    }

    /** Why the work gave no result. */
    record Failed<T>(String reason) implements Outcome<T> {}
  }

  /**
   * Runs {@code work} under the budget. Called from within work already under a budget, it runs
   * there, under the same deadline.
   */
  public <T> Outcome<T> run(Callable<T> work) {
    if (Deadline.isSetOnThisThread()) {
      return call(work, null);
    }
    Deadline deadline = new Deadline();
    Worker<T> worker = new Worker<>(work, deadline);
    Thread thread =
        new Thread(null, worker, "posthog-guard-file-" + WORKERS.incrementAndGet(), STACK_BYTES);
    thread.setDaemon(true);
    long budget = limits.timePerFile().toNanos();
    long start = System.nanoTime();
    thread.start();
    try {
      while (true) {
        long waited = System.nanoTime() - start;
        long left = Math.min(budget - cpuTime(thread, waited), WALL_FACTOR * budget - waited);
        if (left <= 0) {
          break;
        }
        thread.join(Math.max(1, Math.min(POLL_MILLIS, left / 1_000_000)));
        if (!thread.isAlive()) {
          return worker.outcome;
        }
      }
    } catch (InterruptedException e) {
      deadline.pass();
      Thread.currentThread().interrupt();
      return new Outcome.Failed<>("interrupted");
    }
    deadline.pass();
    return timeOut();
  }

  /**
   * The processor time the worker has used, or the time waited where the JVM cannot tell: a busy
   * machine must not make a file run out of time, only a file that costs that much.
   */
  private static long cpuTime(Thread thread, long waited) {
    if (!CPU_TIME) {
      return waited;
    }
    long used = THREADS.getThreadCpuTime(thread.getId());
    return used < 0 ? waited : used;
  }

  private <T> Outcome<T> timeOut() {
    return new Outcome.Failed<>("took longer than its time budget (" + limits.timeText() + ")");
  }

  private <T> Outcome<T> call(Callable<T> work, Deadline deadline) {
    try {
      T value = work.call();
      return deadline != null && deadline.passed() ? timeOut() : new Outcome.Done<>(value);
    } catch (Deadline.Exceeded e) {
      return timeOut();
    } catch (StackOverflowError e) {
      return new Outcome.Failed<>("nested too deeply (stack overflow)");
    } catch (OutOfMemoryError e) {
      return new Outcome.Failed<>("ran out of memory (" + e.getMessage() + ")");
    } catch (Exception | LinkageError | AssertionError e) {
      return new Outcome.Failed<>("analysis failed: " + e);
    }
  }

  private final class Worker<T> implements Runnable {
    private final Callable<T> work;
    private final Deadline deadline;
    volatile Outcome<T> outcome;

    Worker(Callable<T> work, Deadline deadline) {
      this.work = work;
      this.deadline = deadline;
    }

    @Override
    public void run() {
      Deadline.startOnThisThread(deadline);
      try {
        outcome = call(work, deadline);
      } finally {
        Deadline.clearOnThisThread();
      }
    }
  }
}
