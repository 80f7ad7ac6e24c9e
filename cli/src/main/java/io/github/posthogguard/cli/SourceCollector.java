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
 * Finds the {@code .java} files under the paths to scan: files as named, directories recursively.
 * It follows symbolic links but not their loops, and it tells about everything it does not scan.
 */
public final class SourceCollector {
  private static final String JAVA_SUFFIX = ".java";

  private final List<SourcePath> found = new ArrayList<>();
  private final List<UnreadableFile> unreadable = new ArrayList<>();
  private final List<Notice> notices = new ArrayList<>();

  private SourceCollector() {}

  /** Collects from {@code paths}, which must exist (the command checks that first). */
  public static SourceCollection collect(List<Path> paths) {
    SourceCollector collector = new SourceCollector();
    for (Path path : paths) {
      collector.collectFrom(path);
    }
    return collector.result();
  }

  private void collectFrom(Path path) {
    if (Files.isDirectory(path)) {
      walk(path);
    } else if (Files.isRegularFile(path)) {
      if (isJava(path)) {
        found.add(sourcePath(path));
      } else {
        notice(path, "not a .java file; not scanned");
      }
    } else if (Files.isSymbolicLink(path) && !Files.exists(path)) {
      cannotRead(path, "broken symbolic link");
    } else {
      notice(path, "not a regular file or directory; not scanned");
    }
  }

  private void walk(Path root) {
    try {
      Files.walkFileTree(
          root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new Visitor());
    } catch (IOException e) {
      cannotRead(root, IoErrors.describe(e));
    }
  }

  private final class Visitor extends SimpleFileVisitor<Path> {
    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
      if (!isJava(file)) {
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
    return new SourceCollection(unique, unreadable, notices);
  }

  private static Path identity(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException e) {
      return file.toAbsolutePath().normalize();
    }
  }

  private static boolean isJava(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().endsWith(JAVA_SUFFIX);
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
