package io.github.posthogguard.cli;

import io.github.posthogguard.keys.KeyMask;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Words for an I/O failure that people can read: the JDK's messages often hold only the path. */
final class IoErrors {
  private IoErrors() {}

  static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return KeyMask.redact(fse.getReason());
    }
    String message = e.getMessage();
    String cause = message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    return KeyMask.redact(cause);
  }
}
