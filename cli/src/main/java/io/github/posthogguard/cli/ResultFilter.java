package io.github.posthogguard.cli;

import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.cli.ScanResult.Notice;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Leaves out of a scan's result what the team said not to report, in this order: findings on lines
 * a change did not touch ({@code --since}, {@code --staged}; files the change did not touch were
 * only context and go entirely), findings under a {@code posthog-guard:allow} comment, findings the
 * ignore file matches, and findings the baseline holds. Counts each in the result's {@link Triage}.
 * Java's {@code @SuppressWarnings} was honoured before, by the analyzer.
 */
public final class ResultFilter {
  private final ChangedLines changed;
  private final boolean allLines;
  private final IgnoreFile ignoreFile;
  private final Baseline baseline;
  private final boolean reportUnused;

  /**
   * @param changed the change whose files and lines are reported; null for everything
   * @param allLines every line of the changed files, not the changed lines only
   * @param ignoreFile null for none
   * @param baseline null for none
   * @param reportUnused whether ignore entries and allow comments that matched nothing become
   *     notices
   */
  ResultFilter(
      ChangedLines changed,
      boolean allLines,
      IgnoreFile ignoreFile,
      Baseline baseline,
      boolean reportUnused) {
    this.changed = changed;
    this.allLines = allLines;
    this.ignoreFile = ignoreFile;
    this.baseline = baseline;
    this.reportUnused = reportUnused;
  }

  /** A filter for whole-tree scans, as the Maven plugin runs. */
  public static ResultFilter of(IgnoreFile ignoreFile, Baseline baseline, boolean reportUnused) {
    return new ResultFilter(null, false, ignoreFile, baseline, reportUnused);
  }

  /**
   * What to report, and what a baseline written now holds: the same before the baseline is applied.
   */
  public record Outcome(ScanResult reported, ScanResult toBaseline) {}

  public Outcome apply(ScanResult result) {
    int outside = 0;
    int allowed = 0;
    int ignored = 0;
    int baselined = 0;
    List<FileAnalysis> reported = new ArrayList<>();
    List<FileAnalysis> toBaseline = new ArrayList<>();
    List<Notice> notices = new ArrayList<>(result.notices());
    Set<String> scanned = new HashSet<>();
    for (FileAnalysis file : result.files()) {
      String path = file.file().path();
      boolean inChange = changed == null || changed.isChanged(path);
      if (!inChange && file.findings().stream().noneMatch(f -> changed.touches(path, f))) {
        continue; // a file the change did not touch, and whose findings it did not make
      }
      if (inChange) {
        scanned.add(path);
      }
      InlineAllow allows =
          file.findings().isEmpty() && !reportUnused ? null : InlineAllow.of(file.file().text());
      List<Finding> kept = new ArrayList<>();
      List<Finding> accepted = new ArrayList<>();
      for (Finding finding : file.findings()) {
        String fingerprint = result.fingerprint(finding);
        if (changed != null && (!allLines || !inChange) && !changed.touches(path, finding)) {
          outside++;
        } else if (allows.allows(finding)) {
          allowed++;
        } else if (ignoreFile != null && ignoreFile.ignores(path, fingerprint)) {
          ignored++;
        } else {
          accepted.add(finding);
          if (baseline != null && baseline.holds(finding, fingerprint)) {
            baselined++;
          } else {
            kept.add(finding);
          }
        }
      }
      if (reportUnused) {
        for (int line : allows.unusedLines()) {
          notices.add(Notice.note(path + ":" + line, "unused " + InlineAllow.MARKER + " comment"));
        }
      }
      reported.add(new FileAnalysis(file.file(), kept, file.problems()));
      toBaseline.add(new FileAnalysis(file.file(), accepted, file.problems()));
    }
    if (reportUnused && ignoreFile != null) {
      notices.addAll(ignoreFile.unused());
    }
    int gone = baseline == null ? 0 : baseline.gone(scanned);
    Triage before = result.triage();
    Triage triage = new Triage(before.fingerprints(), allowed, ignored, baselined, gone, outside);
    return new Outcome(
        new ScanResult(reported, result.unreadable(), notices, result.notScanned(), triage),
        new ScanResult(
            toBaseline,
            result.unreadable(),
            result.notices(),
            result.notScanned(),
            new Triage(before.fingerprints(), allowed, ignored, 0, 0, outside)));
  }
}
