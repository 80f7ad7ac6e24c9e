package io.github.posthogguard.analyzer;

import java.util.List;
import java.util.Optional;

/**
 * What the analyzer made of one file: its findings, and what went wrong. A skipped file has no
 * findings and one problem naming the path and the cause; a rule that failed on the file adds a
 * problem naming the rule, and the other rules' findings stay. Keys in problems are masked.
 */
public record FileAnalysis(SourceFile file, List<Finding> findings, List<String> problems) {

  public FileAnalysis {
    findings = List.copyOf(findings);
    problems = List.copyOf(problems);
  }

  /** A file with nothing to report. */
  public static FileAnalysis clean(SourceFile file) {
    return new FileAnalysis(file, List.of(), List.of());
  }

  static FileAnalysis of(SourceFile file, List<Finding> findings, List<String> problems) {
    return new FileAnalysis(file, findings, problems);
  }

  public static FileAnalysis skipped(SourceFile file, String problem) {
    return new FileAnalysis(file, List.of(), List.of(problem));
  }

  /** The first problem, if any: why the file was skipped, or which rule failed on it. */
  public Optional<String> problem() {
    return problems.isEmpty() ? Optional.empty() : Optional.of(problems.get(0));
  }

  public List<Finding> findingsOf(String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }
}
