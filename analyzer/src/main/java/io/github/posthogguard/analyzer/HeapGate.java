package io.github.posthogguard.analyzer;

import java.util.concurrent.Semaphore;

/**
 * The heap that files parsed at the same time may take. A parsed file holds about {@link
 * #BYTES_PER_CHAR} bytes of heap per character of its text (JavaParser's tokens and nodes, the
 * rules' indexes), so two large files analyzed side by side can fill a heap that each fits alone: a
 * file waits here until the heap its text needs is free of other files. A file that needs more than
 * the whole heap is not parsed at all ({@link Analyzer#isTooLarge}).
 */
final class HeapGate {
  /**
   * Measured with {@code -Xlog:gc} on generated classes of small methods (a token every 4 or 5
   * characters): 0.95 MB held about 213 MB of live heap while analyzed, 1.95 MB about 390 MB (and
   * did not finish in a 371 MB heap); with a margin, since two such files side by side thrashed.
   */
  static final long BYTES_PER_CHAR = 250;

  private static final long PERMIT_BYTES = 1024;

  static final HeapGate JVM = new HeapGate(Runtime.getRuntime().maxMemory());

  private final long heapBytes;
  private final int permits;
  private final Semaphore free;

  HeapGate(long heapBytes) {
    this.heapBytes = heapBytes;
    this.permits = (int) Math.min(Integer.MAX_VALUE, Math.max(1, heapBytes / PERMIT_BYTES));
    this.free =
        new Semaphore(permits, true); // first come first served: a large file is not starved
  }

  /** Whether a text this long can be analyzed in this heap at all. */
  boolean fits(long chars) {
    return chars <= heapBytes / BYTES_PER_CHAR;
  }

  /** The heap a text this long needs, as the messages show it ("390 MB"). */
  static String needed(long chars) {
    return Limits.size(chars * BYTES_PER_CHAR);
  }

  /**
   * Waits until the heap a text this long needs is free; returns what to give back to {@link
   * #leave}.
   */
  int enter(long chars) throws InterruptedException {
    int taken = (int) Math.min(permits, Math.max(1, chars * BYTES_PER_CHAR / PERMIT_BYTES));
    free.acquire(taken);
    return taken;
  }

  void leave(int taken) {
    free.release(taken);
  }

  /** How much heap is free of files now, in bytes (for tests). */
  long freeBytes() {
    return free.availablePermits() * PERMIT_BYTES;
  }
}
