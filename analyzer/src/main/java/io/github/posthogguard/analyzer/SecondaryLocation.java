package io.github.posthogguard.analyzer;

import io.github.posthogguard.keys.KeyMask;

/**
 * A further place that explains a finding, such as the source of a flow.
 *
 * @param range where, in the finding's file or in {@code path}
 * @param message what happens there (redacted like a finding's message)
 * @param path the file it is in when that is another file of the project; null for the finding's
 *     own file
 */
public record SecondaryLocation(TextRange range, String message, String path) {

  public SecondaryLocation {
    message = KeyMask.redact(message);
  }

  /** A place in the finding's own file. */
  public SecondaryLocation(TextRange range, String message) {
    this(range, message, null);
  }

  /** Whether the place is in the finding's own file. */
  public boolean inSameFile() {
    return path == null;
  }
}
