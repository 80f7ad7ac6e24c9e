package io.github.posthogguard.analyzer;

/**
 * A region of a file. Lines and columns are 1-based, the end column inclusive (as JavaParser counts
 * them: a tab is one column). Offsets are 0-based char offsets into the file's text, the end
 * exclusive (as javac counts them).
 */
public record TextRange(
    int beginLine, int beginColumn, int endLine, int endColumn, int beginOffset, int endOffset) {}
