package io.github.posthogguard.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.posthogguard.benchmarks.ReportedFinding.Location;
import io.github.posthogguard.benchmarks.Triage.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriageTest {
  private static final String TRIAGE =
      """
      # Triage

      Text, and a table that is not one of ours:

      | a | b |
      |---|---|
      | 1 | 2 |

      ## Findings

      | file | line | rule | verdict | reason |
      |---|---|---|---|---|
      | lib/A.java | 12 | SecretToLog | leak | logs the session id |
      | lib/B.java | 7 | SecretToLog | false | `a \\|\\| b`: a boolean |

      ## Known leaks the analyzer must find

      Patterns: ...

      | file | line | rule | pattern | reason |
      |---|---|---|---|---|
      | lib/C.java | 3 | SecretToLog | every-cookie, inherited-logger | each cookie |

      ## Notes

      | not | a | row | of | ours |
      """;

  @Test
  void readsBothTablesAndNothingElse() {
    Triage triage = Triage.parse(TRIAGE);

    assertThat(triage.findings())
        .extracting(Triage.Row::location, Triage.Row::verdict, Triage.Row::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                new Location("lib/A.java", 12, "SecretToLog"), Verdict.LEAK, "logs the session id"),
            org.assertj.core.groups.Tuple.tuple(
                new Location("lib/B.java", 7, "SecretToLog"),
                Verdict.FALSE,
                "`a || b`: a boolean"));
    assertThat(triage.knownLeaks()).hasSize(1);
    assertThat(triage.knownLeaks().get(0).patterns())
        .containsExactly("every-cookie", "inherited-logger");
  }

  @Test
  void theRowToAddReadsBackAsTheSameLocation() {
    ReportedFinding finding =
        new ReportedFinding("lib/D.java", 40, 9, "SecretToLog", "message", "if (a || b) log(x);");
    String row = Triage.rowToAdd(finding).replace("| ? |", "| debatable |");

    Triage triage =
        Triage.parse(
            "## Findings\n| file | line | rule | verdict | reason |\n|---|---|---|---|---|\n"
                + row
                + "\n## Known leaks the analyzer must find\n");

    assertThat(triage.findings().get(0).location()).isEqualTo(finding.location());
    assertThat(triage.findings().get(0).reason()).isEqualTo("if (a || b) log(x);");
  }

  @Test
  void rejectsAnUnknownVerdictOrPatternWithTheLine() {
    String badVerdict = TRIAGE.replace("| leak |", "| maybe |");
    String badPattern = TRIAGE.replace("every-cookie", "every-biscuit");

    assertThatThrownBy(() -> Triage.parse(badVerdict)).hasMessageContaining("## Findings, line 13");
    assertThatThrownBy(() -> Triage.parse(badPattern)).hasMessageContaining("every-biscuit");
    assertThatThrownBy(() -> Triage.parse("# nothing")).hasMessageContaining("## Findings");
  }

  @Test
  void aFindingCountsForTheWholeStatementThatStartsOnTheLine() {
    String source =
        """
        class A {
          void f(String id, boolean on) {
            if (on) {
              log.debug("a {} b {}",
                  1,
                  id);
            }
          }
        }
        """;

    StatementLines statement = StatementLines.of(source, 4);

    assertThat(statement).isEqualTo(new StatementLines(4, 6));
    assertThat(List.of(3, 4, 6, 7).stream().filter(statement::contains)).containsExactly(4, 6);
    assertThat(StatementLines.of(source, 5)).as("inside a statement").isEqualTo(statement);
  }
}
