package io.github.posthogguard.sonar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sonar.api.issue.impact.Severity;

class ImpactSeveritiesTest {

  @Test
  void readsEverySeverityThisApiKnows() {
    for (Severity severity : Severity.values()) {
      assertThat(ImpactSeverities.of(severity.name())).isEqualTo(severity);
    }
  }

  @Test
  void rejectsAnUnknownSeverity() {
    assertThatThrownBy(() -> ImpactSeverities.of("CRITICAL"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CRITICAL");
  }
}
