package io.github.posthogguard.analyzer;

import java.util.List;

/**
 * One problem found in one file. The message never holds a full key: rules mask keys before they
 * report (see {@link io.github.posthogguard.keys.KeyMask}).
 */
public record Finding(
    String ruleId,
    String path,
    TextRange range,
    String message,
    List<SecondaryLocation> secondaryLocations) {

  public Finding {
    secondaryLocations = List.copyOf(secondaryLocations);
  }

  public int line() {
    return range.beginLine();
  }
}
