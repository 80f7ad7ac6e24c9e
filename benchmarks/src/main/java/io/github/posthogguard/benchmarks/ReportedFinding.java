package io.github.posthogguard.benchmarks;

import io.github.posthogguard.analyzer.Finding;
import java.util.Comparator;

/**
 * One finding on a corpus, with the path relative to the corpus folder ({@code /}-separated) and
 * the text of the line it starts on, as a reviewer reads it.
 */
public record ReportedFinding(
    String path, int line, int column, String ruleId, String message, String sourceLine) {

  public static final Comparator<ReportedFinding> ORDER =
      Comparator.comparing(ReportedFinding::path)
          .thenComparingInt(ReportedFinding::line)
          .thenComparing(ReportedFinding::ruleId)
          .thenComparingInt(ReportedFinding::column)
          .thenComparing(ReportedFinding::message);

  static ReportedFinding of(String path, Finding finding, String[] lines) {
    int line = finding.line();
    String text = line >= 1 && line <= lines.length ? lines[line - 1].strip() : "";
    return new ReportedFinding(
        path, line, finding.range().beginColumn(), finding.ruleId(), finding.message(), text);
  }

  /** Where the triage files it: one row per file, line and rule. */
  public Location location() {
    return new Location(path, line, ruleId);
  }

  /** The two lines {@code findings.sh} prints. */
  public String describe() {
    return path + ":" + line + "  " + ruleId + "  " + message + "\n    " + sourceLine;
  }

  /** A place a finding is reported at: a file of the corpus, a line, a rule. */
  public record Location(String path, int line, String ruleId) implements Comparable<Location> {
    private static final Comparator<Location> ORDER =
        Comparator.comparing(Location::path)
            .thenComparingInt(Location::line)
            .thenComparing(Location::ruleId);

    @Override
    public int compareTo(Location other) {
      return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
      return path + ":" + line + " " + ruleId;
    }
  }
}
