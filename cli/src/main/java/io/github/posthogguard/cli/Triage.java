package io.github.posthogguard.cli;

import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What became of the findings after the analysis: each one's fingerprint (computed on all the
 * findings of its file, before any is left out, so that it never depends on what was left out), and
 * how many were left out and why.
 *
 * @param fingerprints every finding's fingerprint ({@link Fingerprints})
 * @param allowedInline findings under a {@code posthog-guard:allow} comment
 * @param ignored findings an entry of the ignore file matches
 * @param baselined findings the baseline holds
 * @param baselineGone baseline entries of scanned (or deleted) files that no finding matched
 * @param outsideChangedLines findings of changed files on lines the change did not touch
 */
public record Triage(
    Map<Finding, String> fingerprints,
    int allowedInline,
    int ignored,
    int baselined,
    int baselineGone,
    int outsideChangedLines) {

  public Triage {
    fingerprints = Map.copyOf(fingerprints);
  }

  /** Nothing left out yet: the fingerprints of every finding of {@code files}. */
  static Triage of(List<FileAnalysis> files) {
    Map<Finding, String> fingerprints = new HashMap<>();
    for (FileAnalysis file : files) {
      if (file.findings().isEmpty()) {
        continue;
      }
      List<String> prints = Fingerprints.of(file);
      for (int i = 0; i < prints.size(); i++) {
        fingerprints.put(file.findings().get(i), prints.get(i));
      }
    }
    return new Triage(fingerprints, 0, 0, 0, 0, 0);
  }

  /** "2 in the baseline, 1 baseline entry no longer found, ...", the zero counts left out. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    if (outsideChangedLines > 0) {
      parts.add(outsideChangedLines + " on unchanged lines (--all-lines shows them)");
    }
    if (allowedInline > 0) {
      parts.add(allowedInline + " allowed inline");
    }
    if (ignored > 0) {
      parts.add(ignored + " ignored by the ignore file");
    }
    if (baselined > 0) {
      parts.add(baselined + " in the baseline");
    }
    if (baselineGone > 0) {
      parts.add(
          baselineGone
              + (baselineGone == 1 ? " baseline entry" : " baseline entries")
              + " no longer found");
    }
    return String.join(", ", parts);
  }
}
