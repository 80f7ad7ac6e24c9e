package io.github.posthogguard.cli;

import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.Finding;
import java.util.List;
import java.util.Optional;

/**
 * A file that was read and handed to the analyzer: its findings, or why the analyzer skipped it.
 */
public record ScannedFile(SourcePath source, FileAnalysis analysis) {

  public List<Finding> findings() {
    return analysis.findings();
  }

  /** The analyzer's reason for skipping the file (it names the path; keys are masked). */
  public Optional<String> problem() {
    return analysis.problem();
  }
}
