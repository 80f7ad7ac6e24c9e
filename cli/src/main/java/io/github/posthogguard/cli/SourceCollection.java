package io.github.posthogguard.cli;

import java.util.List;

/**
 * The {@code .java} files found under the paths to scan, sorted by display path and each listed
 * once, with the paths that could not be read and the notices met on the way.
 */
public record SourceCollection(
    List<SourcePath> files, List<UnreadableFile> unreadable, List<Notice> notices) {

  public SourceCollection {
    files = List.copyOf(files);
    unreadable = List.copyOf(unreadable);
    notices = List.copyOf(notices);
  }
}
