package io.github.posthogguard.analyzer;

import java.util.Objects;

/**
 * The input of every surface: a file's path (as the surface names it, used in messages) and the
 * text the compiler or the scanner sees.
 */
public record SourceFile(String path, String text) {
  public SourceFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
  }

  /**
   * Whether a path is a test's ({@code src/test/..}): its code and settings are no application's.
   */
  public static boolean isOfTests(String path) {
    return ("/" + path.replace('\\', '/')).contains("/src/test/");
  }
}
