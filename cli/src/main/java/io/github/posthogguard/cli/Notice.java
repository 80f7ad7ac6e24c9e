package io.github.posthogguard.cli;

/**
 * Something the user should know that does not fail the run, such as a symbolic link loop that was
 * not followed. {@code text} is the whole line shown on stderr.
 */
public record Notice(String path, String text) {}
