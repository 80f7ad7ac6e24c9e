package io.github.posthogguard.analyzer;

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

  private static final AtomicInteger WORKERS = new AtomicInteger();

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
    long budgetNanos = limits.timePerFile().toNanos();
    Worker<T> worker = new Worker<>(work, budgetNanos);
    Thread thread =
        new Thread(null, worker, "posthog-guard-file-" + WORKERS.incrementAndGet(), STACK_BYTES);
    thread.setDaemon(true);
    thread.start();
    try {
      thread.join(Math.max(1, limits.timePerFile().toMillis()));
    } catch (InterruptedException e) {
      worker.abandon();
      Thread.currentThread().interrupt();
      return new Outcome.Failed<>("interrupted");
    }
    if (thread.isAlive()) {
      worker.abandon();
      thread.interrupt();
      return timeOut();
    }
    return worker.outcome;
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
    private final long budgetNanos;
    private volatile Deadline deadline;
    private volatile boolean abandoned;
    volatile Outcome<T> outcome;

    Worker(Callable<T> work, long budgetNanos) {
      this.work = work;
      this.budgetNanos = budgetNanos;
    }

    @Override
    public void run() {
      deadline = Deadline.startOnThisThread(budgetNanos);
      if (abandoned) {
        deadline.abandon();
      }
      try {
        outcome = call(work, deadline);
      } finally {
        Deadline.clearOnThisThread();
      }
    }

    void abandon() {
      abandoned = true;
      Deadline current = deadline;
      if (current != null) {
        current.abandon();
      }
    }
  }
}
