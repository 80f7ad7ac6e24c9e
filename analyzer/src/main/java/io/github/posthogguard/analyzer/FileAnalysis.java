package io.github.posthogguard.analyzer;

import java.util.List;
import java.util.Optional;

/**
 * What the analyzer made of one file: its findings, or why it had to skip the file. A skipped file
 * has no findings; its {@link #problem()} names the path and the cause, with any key masked.
 */
public record FileAnalysis(SourceFile file, List<Finding> findings, Optional<String> problem) {

  public FileAnalysis {
    findings = List.copyOf(findings);
  }

  static FileAnalysis of(SourceFile file, List<Finding> findings) {
    return new FileAnalysis(file, findings, Optional.empty());
  }

  static FileAnalysis skipped(SourceFile file, String problem) {
    return new FileAnalysis(file, List.of(), Optional.of(problem));
  }

  public List<Finding> findingsOf(String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }
}
