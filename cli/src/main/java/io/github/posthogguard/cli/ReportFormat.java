package io.github.posthogguard.cli;

/** The formats of {@code --format}. */
public enum ReportFormat {
  TEXT,
  JSON,
  SARIF
}
