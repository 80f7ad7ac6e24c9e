package io.github.posthogguard.config;

/**
 * Which files the surfaces hand to {@link ConfigAnalyzer}: text files up to a size limit. A file is
 * told binary from its first bytes, as git does (a NUL byte in the first 8 KB), so a large binary
 * file is never read whole.
 */
public final class TextFiles {
  /** How many leading bytes decide whether a file is binary. */
  public static final int PROBE_BYTES = 8000;

  /** Larger files (logs, dumps, generated bundles) are skipped, and counted. */
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  private TextFiles() {}

  /** Whether the first {@code length} bytes of {@code head} show a binary file. */
  public static boolean looksBinary(byte[] head, int length) {
    for (int i = 0; i < Math.min(length, PROBE_BYTES); i++) {
      if (head[i] == 0) {
        return true;
      }
    }
    return false;
  }
}
