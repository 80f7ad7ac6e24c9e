package io.github.posthogguard.eval;

import io.github.posthogguard.analyzer.TextRange;

/** A place in a source file: its path as the surface names it, and the range. */
public record Location(String path, TextRange range) {}
