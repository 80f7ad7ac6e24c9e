package io.github.posthogguard.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.posthogguard.testing.CaseFile.Expected;
import io.github.posthogguard.testing.CaseFile.Reported;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CaseFileTest {
  private static final String MESSAGE = "Hard-coded PostHog project secret key phs_...gXWZ";

  private static CaseFile file(String text) {
    return new CaseFile("Rule", CaseFile.root().resolve("Rule/Case.java"), text);
  }

  @Test
  void aMarkerStatesItsLineAndMayStateMessageAndSecondaryLines() {
    CaseFile caseFile =
        file(
            """
            class A {
              String a; // Noncompliant
              String b; // Noncompliant {{%s}}
              String c; // Noncompliant {{%s}} [[secondary=+1,2]]
              // Noncompliant@+1 [[secondary=]]
              String d;
            }
            """
                .formatted(MESSAGE, MESSAGE));

    assertThat(caseFile.expectedIssues())
        .containsExactly(
            new Expected(2, Optional.empty(), Optional.empty()),
            new Expected(3, Optional.of(MESSAGE), Optional.empty()),
            new Expected(4, Optional.of(MESSAGE), Optional.of(List.of(2, 5))),
            new Expected(6, Optional.empty(), Optional.of(List.of())));
    assertThat(caseFile.expectedLines()).containsExactly(2, 3, 4, 6);
  }

  @Test
  void whatAMarkerStatesMustBeReportedAndNothingMore() {
    CaseFile caseFile =
        file("class A {\n  String c; // Noncompliant {{" + MESSAGE + "}} [[secondary=1]]\n}\n");

    assertThat(caseFile.mismatches(List.of(new Reported(2, MESSAGE, List.of(1))))).isEmpty();
    assertThat(
            caseFile.mismatches(
                List.of(new Reported(2, "Hard-coded PostHog personal", List.of(1)))))
        .singleElement()
        .asString()
        .contains("Rule/Case.java:2: expected an issue {{" + MESSAGE + "}}");
    assertThat(caseFile.mismatches(List.of(new Reported(2, MESSAGE, List.of())))).hasSize(1);
    assertThat(caseFile.mismatches(List.of())).hasSize(1);
    assertThat(
            caseFile.mismatches(
                List.of(new Reported(2, MESSAGE, List.of(1)), new Reported(3, "x", List.of()))))
        .containsExactly("Rule/Case.java:3: unexpected " + new Reported(3, "x", List.of()));
  }

  @Test
  void whatAMarkerDoesNotStateIsNotChecked() {
    CaseFile caseFile = file("class A {\n  String c; // Noncompliant\n}\n");

    assertThat(caseFile.mismatches(List.of(new Reported(2, "anything", List.of(7))))).isEmpty();
  }

  @Test
  void onlyTheSecondaryAttributeIsAccepted() {
    CaseFile caseFile = file("class A {\n  String c; // Noncompliant [[sc=3;ec=8]]\n}\n");

    assertThatThrownBy(caseFile::expectedIssues)
        .hasMessageContaining("Rule/Case.java:2")
        .hasMessageContaining("[[secondary=...]]");
  }
}
