package io.github.posthogguard.analyzer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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

  private static final long IDLE_SECONDS = 10;
  private static final AtomicInteger WORKER_NAMES = new AtomicInteger();
  private static final ExecutorService WORKERS = workers();

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
  private final HeapGate heap;

  public FileBudget(Limits limits) {
    this(limits, HeapGate.JVM);
  }

  FileBudget(Limits limits, HeapGate heap) {
    this.limits = limits;
    this.heap = heap;
  }

  /** Whether a file's text this long can be parsed in this JVM's heap at all. */
  public boolean fitsHeap(long chars) {
    return heap.fits(chars);
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
    return run(work, 0);
  }

  /**
   * Runs {@code work} on a file's text of {@code chars} characters under the budget, once the heap
   * it needs is free of other files' work ({@link HeapGate}): waiting for it is not the file's
   * time.
   */
  public <T> Outcome<T> run(Callable<T> work, long chars) {
    if (Deadline.isSetOnThisThread()) {
      return call(work, null);
    }
    int taken;
    try {
      taken = heap.enter(chars);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome.Failed<>("interrupted");
    }
    Deadline deadline = new Deadline();
    Worker<T> worker = new Worker<>(work, deadline, taken);
    long budget = limits.timePerFile().toNanos();
    long start = System.nanoTime();
    Future<?> running;
    try {
      running = WORKERS.submit(worker);
    } catch (RuntimeException | OutOfMemoryError e) {
      heap.leave(taken);
      return new Outcome.Failed<>("analysis failed: " + e);
    }
    try {
      while (true) {
        long waited = System.nanoTime() - start;
        long left = Math.min(budget - worker.cpuTime(waited), WALL_FACTOR * budget - waited);
        if (left <= 0) {
          break;
        }
        try {
          running.get(Math.max(1, Math.min(POLL_MILLIS, left / 1_000_000)), TimeUnit.MILLISECONDS);
          return worker.outcome;
        } catch (TimeoutException e) {
          // still at work: look at its processor time again
        }
      }
    } catch (InterruptedException e) {
      deadline.pass();
      Thread.currentThread().interrupt();
      return new Outcome.Failed<>("interrupted");
    } catch (ExecutionException e) {
      return new Outcome.Failed<>("analysis failed: " + e.getCause());
    } catch (OutOfMemoryError e) {
      // the wait itself found no memory: the work filled the heap, and is stopped
      deadline.pass();
      return new Outcome.Failed<>("ran out of memory (" + e.getMessage() + ")");
    }
    deadline.pass();
    return timeOut();
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
    private final int heapTaken;
    private volatile Thread thread;
    private volatile long cpuAtStart;
    volatile Outcome<T> outcome;

    Worker(Callable<T> work, Deadline deadline, int heapTaken) {
      this.work = work;
      this.deadline = deadline;
      this.heapTaken = heapTaken;
    }

    @Override
    public void run() {
      cpuAtStart = CPU_TIME ? THREADS.getCurrentThreadCpuTime() : 0;
      thread = Thread.currentThread();
      Deadline.startOnThisThread(deadline);
      try {
        outcome = call(work, deadline);
        if (outcome instanceof Outcome.Failed<T>) {
          JavaParsers.discardThisThreadsParser(); // it may have stopped half-way in any state
        }
      } finally {
        Deadline.clearOnThisThread();
        heap.leave(heapTaken); // only now: work given up by its caller may still hold the heap
      }
    }

    /**
     * The processor time this work has used, or the time waited where the JVM cannot tell: a busy
     * machine must not make a file run out of time, only a file that costs that much.
     */
    long cpuTime(long waited) {
      Thread running = thread;
      if (!CPU_TIME) {
        return waited;
      }
      if (running == null) {
        return 0; // not started: waiting for a worker is not the file's cost
      }
      long used = THREADS.getThreadCpuTime(running.getId());
      return used < 0 ? waited : used - cpuAtStart;
    }
  }

  /**
   * Long-lived workers with large stacks, shared by every budget: a thread per file would also
   * build a parser per file (parsers are per thread, {@link JavaParsers}). A worker stuck past its
   * budget is left to stop at its next deadline check, and another takes its place meanwhile.
   */
  private static ExecutorService workers() {
    ThreadFactory factory =
        work -> {
          Thread thread =
              new Thread(
                  null, work, "posthog-guard-file-" + WORKER_NAMES.incrementAndGet(), STACK_BYTES);
          thread.setDaemon(true);
          return thread;
        };
    return new ThreadPoolExecutor(
        0, Integer.MAX_VALUE, IDLE_SECONDS, TimeUnit.SECONDS, new SynchronousQueue<>(), factory);
  }
}
