package io.github.posthogguard.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.analyzer.Rule;
import io.github.posthogguard.rules.Rules;
import io.github.posthogguard.testing.CaseFile;
import java.io.IOException;
import java.nio.file.Files;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's rule index is generated from the docs; this fails, with the text to paste, on drift.
 */
class ReadmeRuleIndexTest {
  private static final String BEGIN = "<!-- rule-index:begin -->\n";
  private static final String END = "<!-- rule-index:end -->";

  @Test
  void theIndexListsEveryRuleAsItsDocDescribesIt() throws IOException {
    String readme =
        Files.readString(CaseFile.root().resolveSibling("README.md")).replace("\r\n", "\n");
    int from = readme.indexOf(BEGIN);
    int to = readme.indexOf(END);
    assertThat(from).isNotNegative();

    assertThat(readme.substring(from + BEGIN.length(), to)).isEqualTo(index());
  }

  static String index() {
    String rows =
        Rules.all().stream()
            .map(Rule::id)
            .map(RuleDocs::load)
            .map(
                doc ->
                    "| [`%s`](rules-docs/%s.md) | %s | %s | %s | %s |"
                        .formatted(
                            doc.key(),
                            doc.key(),
                            doc.title(),
                            doc.severity(),
                            doc.errorProneSeverity(),
                            doc.cwe().stream()
                                .map(c -> "CWE-" + c)
                                .collect(Collectors.joining(", "))))
            .collect(Collectors.joining("\n"));
    return "| rule | what it finds | Sonar severity | Error Prone severity | CWE |\n"
        + "|---|---|---|---|---|\n"
        + rows
        + "\n";
  }
}
