package io.github.posthogguard.cli;

import java.nio.file.Path;

/**
 * A path to scan or report: {@code displayPath} as the user named it (the argument joined with the
 * path below it, normalized), {@code file} the path to open.
 */
public record SourcePath(String displayPath, Path file) {}
