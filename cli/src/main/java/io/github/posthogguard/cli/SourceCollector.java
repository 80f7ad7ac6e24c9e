package io.github.posthogguard.cli;

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
 * Finds the files under the paths to scan: files as named, directories recursively, less the
 * excluded folders and files ({@link ExcludePatterns}) and, in a git work tree, the untracked files
 * git ignores ({@link GitIgnored}). It follows symbolic links but not their loops, and it tells
 * about everything it does not scan.
 */
public final class SourceCollector {
  private final List<SourcePath> found = new ArrayList<>();
  private final List<UnreadableFile> unreadable = new ArrayList<>();
  private final List<Notice> notices = new ArrayList<>();
  private final ExcludePatterns excludes;
  private final boolean includeIgnored;
  private int ignoredByGit;

  private SourceCollector(ExcludePatterns excludes, boolean includeIgnored) {
    this.excludes = excludes;
    this.includeIgnored = includeIgnored;
  }

  /** Collects from {@code paths} with the default excludes and without what git ignores. */
  public static SourceCollection collect(List<Path> paths) {
    return collect(paths, new ExcludePatterns(ExcludePatterns.DEFAULTS), false);
  }

  /** Collects from {@code paths}, which must exist (the command checks that first). */
  public static SourceCollection collect(
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
      found.add(sourcePath(path));
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
      cannotRead(root, IoErrors.describe(e));
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
      if (excludes.excludes(relative, true)) {
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
        found.add(sourcePath(file));
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
        cannotRead(file, IoErrors.describe(e));
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
      if (e != null) {
        cannotRead(dir, IoErrors.describe(e));
      }
      return FileVisitResult.CONTINUE;
    }
  }

  private SourceCollection result() {
    found.sort(Comparator.comparing(SourcePath::displayPath));
    // The same file may be reached twice, through overlapping arguments or a symbolic link.
    Set<Path> seen = new HashSet<>();
    List<SourcePath> unique = new ArrayList<>();
    for (SourcePath source : found) {
      if (seen.add(identity(source.file()))) {
        unique.add(source);
      }
    }
    unreadable.sort(Comparator.comparing(UnreadableFile::path));
    notices.sort(Comparator.comparing(Notice::path));
    return new SourceCollection(unique, unreadable, notices, ignoredByGit);
  }

  private static Path identity(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException e) {
      return file.toAbsolutePath().normalize();
    }
  }

  private static SourcePath sourcePath(Path file) {
    return new SourcePath(display(file), file);
  }

  static String display(Path path) {
    String normalized = path.normalize().toString();
    return normalized.isEmpty() ? "." : normalized;
  }

  private void notice(Path path, String what) {
    String shown = display(path);
    notices.add(new Notice(shown, "posthog-guard: note: " + shown + ": " + what));
  }

  private void cannotRead(Path path, String why) {
    String shown = display(path);
    unreadable.add(new UnreadableFile(shown, "posthog-guard: cannot read " + shown + ": " + why));
  }
}
