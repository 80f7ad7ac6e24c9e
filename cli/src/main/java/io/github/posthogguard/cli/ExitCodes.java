package io.github.posthogguard.cli;

/** The exit codes of {@code posthog-guard}, as its help lists them. */
public final class ExitCodes {
  public static final int NOTHING_FOUND = 0;
  public static final int FOUND = 1;

  /** A usage error, a path that could not be read, a report that could not be written, a bug. */
  public static final int ERROR = 2;

  private ExitCodes() {}
}
