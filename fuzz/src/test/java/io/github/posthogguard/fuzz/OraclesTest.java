package io.github.posthogguard.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.analyzer.Limits;
import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.analyzer.TextRange;
import io.github.posthogguard.keys.KeyMask;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fuzz tests' oracles fail where they must: a fuzzer with a blind oracle finds nothing. */
class OraclesTest {
  private static final String KEY = "phx_" + "Qm7rTz2LpW9xKc4NvB8sHd3JfY6gAe1UoR5tMiZ0kXw";
  private static final SourceFile FILE =
      new SourceFile("A.java", "class A { String k = \"" + KEY + "\"; }");
  private static final TextRange RANGE = new TextRange(1, 1, 1, 2, 0, 1);

  @Test
  void aMaskedKeyPasses() {
    FileAnalysis analysis = analysis("Hard-coded key " + KeyMask.mask(KEY), List.of());
    assertThatCode(() -> Oracles.check(analysis, FILE.text(), List.of()))
        .doesNotThrowAnyException();
  }

  /**
   * A finding redacts its own message, so a rule that quotes a key in full cannot get it past the
   * oracle: the oracle sees it masked.
   */
  @Test
  void aKeyQuotedInFullByARuleReachesTheOracleMasked() {
    FileAnalysis analysis = analysis("Hard-coded key " + KEY, List.of());
    assertThat(analysis.findings().get(0).message()).isEqualTo("Hard-coded key phx_...0kXw");
    assertThatCode(() -> Oracles.check(analysis, FILE.text(), List.of()))
        .doesNotThrowAnyException();
  }

  @Test
  void aKeyInAProblemFails() {
    FileAnalysis analysis =
        analysis(null, List.of("posthog-guard: skipped A.java: could not parse it (" + KEY + ")"));
    assertThatThrownBy(() -> Oracles.check(analysis, FILE.text(), List.of(": could not parse it")))
        .isInstanceOf(AssertionError.class)
        .hasMessageNotContaining(KEY);
  }

  @Test
  void aProblemOtherThanParsingFails() {
    FileAnalysis analysis =
        analysis(null, List.of("posthog-guard: skipped A.java: rule X failed: NPE"));
    assertThatThrownBy(() -> Oracles.check(analysis, FILE.text(), List.of(": could not parse it")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("rule X failed");
  }

  @Test
  void anExceptionThatEscapesFails() {
    assertThatThrownBy(
            () ->
                Oracles.withinBudget(
                    limits(),
                    1,
                    "work",
                    () -> {
                      throw new IllegalStateException("boom " + KEY);
                    },
                    result -> false))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("threw")
        .hasMessageNotContaining(KEY);
  }

  @Test
  void workTimedOutTwiceFails() {
    int[] runs = {0};
    assertThatThrownBy(
            () -> Oracles.withinBudget(limits(), 1, "work", () -> ++runs[0], result -> true))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("took longer than its time budget (1 s), twice");
  }

  @Test
  void workTimedOutOnceIsRunAgain() {
    int[] runs = {0};
    int result = Oracles.withinBudget(limits(), 1, "work", () -> ++runs[0], r -> r == 1);
    org.assertj.core.api.Assertions.assertThat(result).isEqualTo(2);
  }

  private static Limits limits() {
    return new Limits(1024, Duration.ofSeconds(1));
  }

  private static FileAnalysis analysis(String message, List<String> problems) {
    List<Finding> findings =
        message == null
            ? List.of()
            : List.of(new Finding("HardcodedPostHogKey", "A.java", RANGE, message, List.of()));
    return new FileAnalysis(FILE, findings, problems);
  }
}
