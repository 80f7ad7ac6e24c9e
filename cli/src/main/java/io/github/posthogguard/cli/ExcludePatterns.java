package io.github.posthogguard.cli;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code --exclude} globs, with gitignore's reading of a few shapes: {@code name/} is a folder
 * of that name at any depth, {@code *.min.js} (no slash) a file or folder name at any depth, and
 * any other glob ({@code docs/**}) a path relative to the scanned folder.
 */
public final class ExcludePatterns {
  /**
   * Version control, build output, installed packages and our own result cache: never a project's
   * own config.
   */
  public static final List<String> DEFAULTS =
      List.of(
          ".git/",
          ".hg/",
          ".svn/",
          ".gradle/",
          ".idea/",
          "node_modules/",
          "target/",
          "build/",
          ResultCache.DEFAULT_FOLDER + "/");

  private final List<PathMatcher> names = new ArrayList<>();
  private final List<PathMatcher> folders = new ArrayList<>();
  private final List<PathMatcher> paths = new ArrayList<>();

  public ExcludePatterns(List<String> globs) {
    for (String glob : globs) {
      String pattern = glob.replace('\\', '/');
      if (pattern.endsWith("/") && pattern.indexOf('/') == pattern.length() - 1) {
        folders.add(matcher(pattern.substring(0, pattern.length() - 1)));
      } else if (pattern.indexOf('/') < 0) {
        names.add(matcher(pattern));
      } else {
        paths.add(matcher(pattern.endsWith("/") ? pattern + "**" : pattern));
      }
    }
  }

  private static PathMatcher matcher(String glob) {
    return FileSystems.getDefault().getPathMatcher("glob:" + glob);
  }

  /** Whether the file or folder at {@code relative} (to the scanned folder) is excluded. */
  public boolean excludes(Path relative, boolean folder) {
    Path name = relative.getFileName();
    if (name == null) {
      return false;
    }
    if (names.stream().anyMatch(m -> m.matches(name))) {
      return true;
    }
    if (folder && folders.stream().anyMatch(m -> m.matches(name))) {
      return true;
    }
    return paths.stream().anyMatch(m -> m.matches(relative));
  }
}
