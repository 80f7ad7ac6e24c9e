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
}
