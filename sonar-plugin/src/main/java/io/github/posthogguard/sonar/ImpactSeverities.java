package io.github.posthogguard.sonar;

import org.sonar.api.issue.impact.Severity;

/** Reads a doc's impact severity as the severity the running server knows. */
final class ImpactSeverities {
  private ImpactSeverities() {}

  static Severity of(String name) {
    for (Severity severity : Severity.values()) {
      if (severity.name().equals(name)) {
        return severity;
      }
    }
    // BLOCKER and INFO came with plugin API 10.8; older servers grade impacts LOW to HIGH only.
    return switch (name) {
      case "BLOCKER" -> Severity.HIGH;
      case "INFO" -> Severity.LOW;
      default -> throw new IllegalArgumentException("unknown impact severity: " + name);
    };
  }
}
