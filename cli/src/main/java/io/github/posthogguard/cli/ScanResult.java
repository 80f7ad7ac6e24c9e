package io.github.posthogguard.cli;

import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.keys.KeyMask;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;

/**
 * Everything a scan produced, in a deterministic order: the analyzed files sorted by path (each
 * with its findings sorted by position, or the reason the analyzer skipped it), the paths that
 * could not be read, and the notices met on the way.
 */
public record ScanResult(
    List<FileAnalysis> files,
    List<Notice> unreadable,
    List<Notice> notices,
    NotScanned notScanned,
    Triage triage) {

  public ScanResult(List<FileAnalysis> files, List<Notice> unreadable, List<Notice> notices) {
    this(files, unreadable, notices, NotScanned.NONE);
  }

  /** A result as the analysis gives it: every finding in, each with its fingerprint. */
  public ScanResult(
      List<FileAnalysis> files,
      List<Notice> unreadable,
      List<Notice> notices,
      NotScanned notScanned) {
    this(files, unreadable, notices, notScanned, Triage.of(files));
  }

  /**
   * The files a scan left out on purpose, counted for the summary: binary files, files larger than
   * the limit, and files and folders git ignores (excluded folders are not counted).
   */
  public record NotScanned(int binary, int tooLarge, long maxFileBytes, int ignoredByGit) {
    public static final NotScanned NONE = new NotScanned(0, 0, 0, 0);

    public boolean any() {
      return binary + tooLarge + ignoredByGit > 0;
    }

    /** "2 binary, 1 larger than 10 MB, 3 ignored by git", the zero counts left out. */
    public String describe() {
      StringBuilder text = new StringBuilder();
      append(text, binary, "binary");
      append(text, tooLarge, "larger than " + maxFileBytes / (1024 * 1024) + " MB");
      append(text, ignoredByGit, "ignored by git");
      return text.toString();
    }

    private static void append(StringBuilder text, int count, String what) {
      if (count > 0) {
        text.append(text.length() == 0 ? "" : ", ").append(count).append(' ').append(what);
      }
    }
  }

  /**
   * A line told on stderr about a path: why it could not be read (any unreadable path makes the run
   * end with exit code 2), or a note that does not fail the run, such as a symbolic link loop that
   * was not followed. {@code message} is the whole line.
   */
  public record Notice(String path, String message) {
    public static Notice note(String path, String what) {
      return new Notice(path, Main.NAME + ": note: " + path + ": " + what);
    }

    static Notice cannotRead(String path, String why) {
      return new Notice(path, Main.NAME + ": cannot read " + path + ": " + why);
    }

    static Notice cannotRead(String path, IOException e) {
      return cannotRead(path, reason(e));
    }

    /** Words people can read: the JDK's messages often hold only the path. */
    static String reason(IOException e) {
      if (e instanceof AccessDeniedException) {
        return "permission denied";
      }
      if (e instanceof NoSuchFileException) {
        return "no such file or directory";
      }
      if (e instanceof FileSystemException fse && fse.getReason() != null) {
        return KeyMask.redact(fse.getReason());
      }
      String message = e.getMessage();
      String cause = message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
      return KeyMask.redact(cause);
    }
  }

  public ScanResult {
    files = List.copyOf(files);
    unreadable = List.copyOf(unreadable);
    notices = List.copyOf(notices);
  }

  /** The finding's {@link Fingerprints fingerprint}. */
  public String fingerprint(Finding finding) {
    String fingerprint = triage.fingerprints().get(finding);
    if (fingerprint == null) {
      throw new IllegalArgumentException("not a finding of this result: " + finding);
    }
    return fingerprint;
  }

  public List<Finding> findings() {
    return files.stream().flatMap(f -> f.findings().stream()).toList();
  }

  /** The files the analyzer could not parse or analyze. */
  public List<FileAnalysis> skippedFiles() {
    return files.stream().filter(f -> f.problem().isPresent()).toList();
  }

  /**
   * 2 when a path could not be read, else 1 when anything was found, else 0. A file the analyzer
   * skipped does not count: it is reported, and the rest of the code was still checked.
   */
  public int exitCode() {
    if (!unreadable.isEmpty()) {
      return GuardCommand.ERROR;
    }
    return files.stream().anyMatch(f -> !f.findings().isEmpty())
        ? GuardCommand.FOUND
        : GuardCommand.NOTHING_FOUND;
  }
}
