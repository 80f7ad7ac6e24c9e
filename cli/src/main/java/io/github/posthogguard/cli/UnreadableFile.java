package io.github.posthogguard.cli;

/**
 * A file or directory that could not be read. {@code text} is the whole line shown on stderr. Any
 * unreadable path makes the run end with exit code 2.
 */
public record UnreadableFile(String path, String text) {}
