package io.github.posthogguard.model;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Which model rows matched a call, while a test records it: the meta-test that every row of the
 * built-in models is exercised by a test case. Off (and free) unless a test turns it on.
 */
public final class ModelCoverage {
  private static volatile Set<ModelRow> hits;

  private ModelCoverage() {}

  /** Starts recording, forgetting what was recorded before. */
  public static synchronized void start() {
    hits = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  /** Stops recording; returns the rows that matched since {@link #start()}. */
  public static synchronized Set<ModelRow> stop() {
    Set<ModelRow> recorded = hits;
    hits = null;
    return recorded == null ? Set.of() : recorded;
  }

  /** Whether a test records hits: lets costly bookkeeping for the record run only then. */
  public static boolean recording() {
    return hits != null;
  }

  public static void hit(ModelRow row) {
    Set<ModelRow> recording = hits;
    if (recording != null) {
      recording.add(row);
    }
  }
}
