package io.github.posthogguard.cli;

import io.github.posthogguard.cli.ScanResult.Notice;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the files to scan under the paths given: files as named, directories recursively, less the
 * excluded folders and files ({@link ExcludePatterns}) and, in a git work tree, the untracked files
 * git ignores ({@link GitIgnored}). It follows symbolic links but not their loops, and it tells
 * about everything it does not scan.
 */
public final class SourceCollector {

  /**
   * The files found, sorted by path and each listed once (a path as the user named it: the argument
   * joined with the path below it), with the paths that could not be read, the notices met on the
   * way, and how many files and folders git ignores were left out.
   */
  public record Sources(
      List<Path> files, List<Notice> unreadable, List<Notice> notices, int ignoredByGit) {
    public Sources {
      files = List.copyOf(files);
      unreadable = List.copyOf(unreadable);
      notices = List.copyOf(notices);
    }
  }

  private final List<Path> found = new ArrayList<>();
  private final List<Notice> unreadable = new ArrayList<>();
  private final List<Notice> notices = new ArrayList<>();
  private final ExcludePatterns excludes;
  private final boolean includeIgnored;
  private int ignoredByGit;

  private SourceCollector(ExcludePatterns excludes, boolean includeIgnored) {
    this.excludes = excludes;
    this.includeIgnored = includeIgnored;
  }

  /** Collects from {@code paths} with the default excludes, without what git ignores. */
  public static Sources collect(List<Path> paths) {
    return collect(paths, new ExcludePatterns(ExcludePatterns.DEFAULTS), false);
  }

  /** Collects from {@code paths}, which must exist (the command checks that first). */
  public static Sources collect(
      List<Path> paths, ExcludePatterns excludes, boolean includeIgnored) {
    SourceCollector collector = new SourceCollector(excludes, includeIgnored);
    for (Path path : paths) {
      collector.collectFrom(path);
    }
    return collector.result();
  }

  private void collectFrom(Path path) {
    if (Files.isDirectory(path)) {
      walk(path);
    } else if (Files.isRegularFile(path)) {
      // A file named on the command line is scanned whatever the excludes say.
      found.add(path);
    } else if (Files.isSymbolicLink(path) && !Files.exists(path)) {
      cannotRead(path, "broken symbolic link");
    } else {
      notice(path, "not a regular file or directory; not scanned");
    }
  }

  private void walk(Path root) {
    GitIgnored ignored = includeIgnored ? null : GitIgnored.below(root);
    if (ignored != null && !ignored.gitFound() && inGitWorkTree(root)) {
      notice(root, "git not found: files that git ignores are scanned too");
    }
    try {
      Files.walkFileTree(
          root,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new Visitor(root, ignored));
    } catch (IOException e) {
      unreadable.add(Notice.cannotRead(display(root), e));
    }
  }

  private static boolean inGitWorkTree(Path folder) {
    for (Path dir = folder.toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"))) {
        return true;
      }
    }
    return false;
  }

  private final class Visitor extends SimpleFileVisitor<Path> {
    private final Path root;
    private final GitIgnored ignored;

    Visitor(Path root, GitIgnored ignored) {
      this.root = root;
      this.ignored = ignored;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
      Path relative = root.relativize(dir);
      if (relative.toString().isEmpty()) {
        return FileVisitResult.CONTINUE;
      }
      if (excludes.excludes(relative, true) || ResultCache.isCacheFolder(dir)) {
        return FileVisitResult.SKIP_SUBTREE;
      }
      if (ignored != null && ignored.ignores(relative, true)) {
        ignoredByGit++;
        return FileVisitResult.SKIP_SUBTREE;
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
      Path relative = root.relativize(file);
      if (excludes.excludes(relative, false)) {
        return FileVisitResult.CONTINUE;
      }
      if (ignored != null && ignored.ignores(relative, false)) {
        ignoredByGit++;
        return FileVisitResult.CONTINUE;
      }
      if (attributes.isRegularFile()) {
        found.add(file);
      } else if (attributes.isSymbolicLink()) {
        // With FOLLOW_LINKS, a link is handed over as itself only when its target is missing.
        cannotRead(file, "broken symbolic link");
      } else {
        notice(file, "not a regular file; not scanned");
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      if (e instanceof FileSystemLoopException) {
        notice(file, "symbolic link loops back to a directory being scanned; not followed");
      } else {
        unreadable.add(Notice.cannotRead(display(file), e));
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
      if (e != null) {
        unreadable.add(Notice.cannotRead(display(dir), e));
      }
      return FileVisitResult.CONTINUE;
    }
  }

  private Sources result() {
    found.sort(Comparator.comparing(SourceCollector::display));
    // The same file may be reached twice, through overlapping arguments or a symbolic link.
    Set<Path> seen = new HashSet<>();
    List<Path> unique = new ArrayList<>();
    for (Path file : found) {
      if (seen.add(identity(file))) {
        unique.add(file);
      }
    }
    unreadable.sort(Comparator.comparing(Notice::path));
    notices.sort(Comparator.comparing(Notice::path));
    return new Sources(unique, unreadable, notices, ignoredByGit);
  }

  private static Path identity(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException e) {
      return file.toAbsolutePath().normalize();
    }
  }

  /** A path as reports show it: as the user named it, normalized. */
  static String display(Path path) {
    String normalized = path.normalize().toString();
    return normalized.isEmpty() ? "." : normalized;
  }

  private void notice(Path path, String what) {
    notices.add(Notice.note(display(path), what));
  }

  private void cannotRead(Path path, String why) {
    unreadable.add(Notice.cannotRead(display(path), why));
  }
}
