package io.github.posthogguard.cli;

import java.util.List;

/**
 * The files found under the paths to scan, sorted by display path and each listed once, with the
 * paths that could not be read, the notices met on the way, and how many files and folders were
 * left out because git ignores them.
 */
public record SourceCollection(
    List<SourcePath> files,
    List<UnreadableFile> unreadable,
    List<Notice> notices,
    int ignoredByGit) {

  public SourceCollection(
      List<SourcePath> files, List<UnreadableFile> unreadable, List<Notice> notices) {
    this(files, unreadable, notices, 0);
  }

  public SourceCollection {
    files = List.copyOf(files);
    unreadable = List.copyOf(unreadable);
    notices = List.copyOf(notices);
  }
}
