package io.github.posthogguard.cli;

import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.analyzer.SecondaryLocation;
import io.github.posthogguard.analyzer.TextRange;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * The files a change touched, and the lines of each that it added or changed ({@code --since},
 * {@code --staged}). A new file is changed on every line.
 */
final class ChangedLines {
  private final Map<Path, BitSet> lines = new HashMap<>();
  private final Map<Path, Boolean> wholeFiles = new HashMap<>();

  void addWholeFile(Path file) {
    wholeFiles.put(key(file), true);
  }

  /** Marks the 1-based lines {@code [from, to)} of {@code file} as changed. */
  void addLines(Path file, int from, int to) {
    lines.computeIfAbsent(key(file), k -> new BitSet()).set(from, to);
  }

  /** Registers a changed file even if no line of it is left (only deletions). */
  void addFile(Path file) {
    lines.computeIfAbsent(key(file), k -> new BitSet());
  }

  boolean isChanged(String path) {
    Path key = key(Path.of(path));
    return wholeFiles.containsKey(key) || lines.containsKey(key);
  }

  /**
   * Whether the finding's range, or one of its secondary locations, was changed: a key assembled by
   * a changed line of another file from a body this file has held for long is the change's.
   */
  boolean touches(String path, Finding finding) {
    if (touches(path, finding.range())) {
      return true;
    }
    for (SecondaryLocation secondary : finding.secondaryLocations()) {
      if (touches(secondary.path() == null ? path : secondary.path(), secondary.range())) {
        return true;
      }
    }
    return false;
  }

  private boolean touches(String path, TextRange range) {
    Path key = key(Path.of(path));
    if (wholeFiles.containsKey(key)) {
      return true;
    }
    BitSet changed = lines.get(key);
    return changed != null && touches(changed, range);
  }

  private static boolean touches(BitSet changed, TextRange range) {
    int next = changed.nextSetBit(range.beginLine());
    return next >= 0 && next <= range.endLine();
  }

  int fileCount() {
    return lines.size() + wholeFiles.size();
  }

  private static Path key(Path file) {
    return file.toAbsolutePath().normalize();
  }
}
