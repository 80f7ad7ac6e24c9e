package io.github.posthogguard.analyzer;

import io.github.posthogguard.keys.KeyMask;
import java.util.List;

/**
 * One problem found in one file. The message never holds a full key: rules mask the keys they
 * mention, and whatever else of the code a message quotes (a name that holds a key) is redacted
 * here (see {@link KeyMask}).
 */
public record Finding(
    String ruleId,
    String path,
    TextRange range,
    String message,
    List<SecondaryLocation> secondaryLocations) {

  public Finding {
    message = KeyMask.redact(message);
    secondaryLocations = List.copyOf(secondaryLocations);
  }

  public int line() {
    return range.beginLine();
  }
}
