package io.github.posthogguard.project;

/**
 * Where a {@link ProjectAnalysis} keeps what it made of each file between runs, so that a file
 * whose text did not change is not parsed again. The analysis decides what to keep, under which
 * slot (one per file and pass: a slot's value is replaced, never added to) and under which key (the
 * text's hash, and for the second pass a digest of everything the other files told it); the store
 * only keeps bytes.
 *
 * <p>The analysis does not know what else decides its results: the tool's version, the rules, the
 * team's options, the limits, the configuration files. A store serves one such setting only; its
 * owner keys the whole store by them.
 *
 * <p>Both methods are called from the analysis' threads at once. A store that cannot read or write
 * answers null and drops what it is given: the analysis then computes, never fails.
 */
public interface ResultStore {
  /** The value last put under {@code slot}, if it was put with an equal {@code key}; else null. */
  byte[] get(String slot, byte[] key);

  /** Keeps {@code value} under {@code slot} for {@code key}, replacing what the slot held. */
  void put(String slot, byte[] key, byte[] value);

  /**
   * The run was the last one again: whatever the store holds from it stays for the next run, as if
   * this run had used it.
   */
  default void keepAll() {}
}
