package io.github.posthogguard.sonar.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.analyzer.Analyzer;
import io.github.posthogguard.analyzer.Rule;
import io.github.posthogguard.analyzer.RuleContext;
import io.github.posthogguard.analyzer.SecondaryLocation;
import io.github.posthogguard.analyzer.SharedAnalysis;
import io.github.posthogguard.analyzer.TextRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonar.java.checks.verifier.internal.InternalCheckVerifier;
import org.sonar.java.reporting.AnalyzerMessage;

/** A finding's secondary locations reach Sonar as secondary locations, at their exact ranges. */
class SecondaryLocationsTest {
  private static final String RULE = "FlowRule";
  private static final String SOURCE =
      """
      class Flow {
        String key = "phx_secret";
        void log() { System.out.println(key); } // Noncompliant
      }
      """;

  @TempDir Path dir;

  @Test
  void becomeSonarSecondaryLocations() throws IOException {
    Path file = Files.writeString(dir.resolve("Flow.java"), SOURCE);
    List<AnalyzerMessage> issues = new ArrayList<>();

    InternalCheckVerifier.newInstance()
        .onFile(file.toString())
        .withCheck(new FlowCheck())
        .withJavaVersion(17)
        .withClassPath(List.of())
        .withCustomIssueVerifier(issues::addAll)
        .verifyIssues();

    AnalyzerMessage issue = issues.get(0);
    assertThat(issue.getMessage()).isEqualTo("key reaches a log");
    assertThat(span(issue)).isEqualTo("3:34-3:37");
    List<AnalyzerMessage> secondaries = issue.flows.stream().map(flow -> flow.get(0)).toList();
    assertThat(secondaries)
        .extracting(AnalyzerMessage::getMessage)
        .containsExactly("literal", "key");
    // The whole literal is a token; the key inside it is not.
    assertThat(secondaries)
        .extracting(SecondaryLocationsTest::span)
        .containsExactly("2:15-2:27", "2:16-2:26");
  }

  private static String span(AnalyzerMessage message) {
    AnalyzerMessage.TextSpan span = message.primaryLocation();
    return span.startLine
        + ":"
        + span.startCharacter
        + "-"
        + span.endLine
        + ":"
        + span.endCharacter;
  }

  /**
   * The range of the {@code n}-th occurrence of {@code text}, with {@code trim} chars cut each
   * side.
   */
  private static TextRange rangeOf(String text, int occurrence, int trim) {
    int begin = -1;
    for (int i = 0; i <= occurrence; i++) {
      begin = SOURCE.indexOf(text, begin + 1);
    }
    begin += trim;
    int end = begin + text.length() - 2 * trim;
    int line = (int) SOURCE.substring(0, begin).chars().filter(c -> c == '\n').count() + 1;
    int column = begin - SOURCE.lastIndexOf('\n', begin - 1);
    return new TextRange(line, column, line, column + end - begin - 1, begin, end);
  }

  @org.sonar.check.Rule(key = RULE)
  private static final class FlowCheck extends PostHogGuardCheck {
    FlowCheck() {
      super(new SharedAnalysis(new Analyzer(List.of(new FlowRule())), problem -> {}));
    }
  }

  /** Reports the use of {@code key} with its literal and the key inside it as secondaries. */
  private static final class FlowRule implements Rule {
    @Override
    public String id() {
      return RULE;
    }

    @Override
    public void check(RuleContext context) {
      context.report(
          rangeOf("key", 1, 0),
          "key reaches a log",
          List.of(
              new SecondaryLocation(rangeOf("\"phx_secret\"", 0, 0), "literal"),
              new SecondaryLocation(rangeOf("\"phx_secret\"", 0, 1), "key")));
    }
  }
}
