package io.github.posthogguard.cli;

/**
 * Input the tool cannot work with (a corrupt baseline, an unknown revision, a folder that is not a
 * git repository, ...): told in one line, without a stack trace, with exit code 2. The message is
 * the line without the tool's name; it never holds a key.
 */
public final class InputError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InputError(String message) {
    super(message);
  }

  public InputError(String message, Throwable cause) {
    super(message, cause);
  }
}
