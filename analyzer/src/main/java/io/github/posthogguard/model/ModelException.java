package io.github.posthogguard.model;

/** A model file that cannot be read: the message names the file, the line and what is wrong. */
public final class ModelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ModelException(String message) {
    super(message);
  }

  public ModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
