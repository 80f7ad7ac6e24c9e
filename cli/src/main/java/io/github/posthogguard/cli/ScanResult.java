package io.github.posthogguard.cli;

import io.github.posthogguard.analyzer.Finding;
import java.util.List;

/**
 * Everything a scan produced, in a deterministic order: files sorted by display path, findings
 * sorted by position within each file.
 */
public record ScanResult(
    List<ScannedFile> scannedFiles,
    List<UnreadableFile> unreadable,
    List<Notice> notices,
    NotScanned notScanned) {

  public ScanResult(
      List<ScannedFile> scannedFiles, List<UnreadableFile> unreadable, List<Notice> notices) {
    this(scannedFiles, unreadable, notices, NotScanned.NONE);
  }

  public ScanResult {
    scannedFiles = List.copyOf(scannedFiles);
    unreadable = List.copyOf(unreadable);
    notices = List.copyOf(notices);
  }

  public List<Finding> findings() {
    return scannedFiles.stream().flatMap(f -> f.findings().stream()).toList();
  }

  /** The files the analyzer could not parse or analyze. */
  public List<ScannedFile> skippedFiles() {
    return scannedFiles.stream().filter(f -> f.problem().isPresent()).toList();
  }

  /**
   * 2 when a path could not be read, else 1 when anything was found, else 0. A file the analyzer
   * skipped does not count: it is reported, and the rest of the code was still checked.
   */
  public int exitCode() {
    if (!unreadable.isEmpty()) {
      return ExitCodes.ERROR;
    }
    return scannedFiles.stream().anyMatch(f -> !f.findings().isEmpty())
        ? ExitCodes.FOUND
        : ExitCodes.NOTHING_FOUND;
  }
}
