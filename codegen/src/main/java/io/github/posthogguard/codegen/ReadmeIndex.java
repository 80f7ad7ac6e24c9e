package io.github.posthogguard.codegen;

import io.github.posthogguard.docs.RuleDoc;
import java.util.List;
import java.util.stream.Collectors;

/** The README's rule index: one table row per rule, between two markers, from the rule docs. */
final class ReadmeIndex {
  static final String BEGIN = "<!-- rule-index:begin -->\n";
  static final String END = "<!-- rule-index:end -->";

  private ReadmeIndex() {}

  static String table(List<RuleDoc> docs) {
    String rows =
        docs.stream()
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

  /** {@code readme} with the table between the markers replaced by the one the docs give. */
  static String into(String readme, List<RuleDoc> docs) {
    String text = readme.replace("\r\n", "\n");
    int from = text.indexOf(BEGIN);
    int to = text.indexOf(END);
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("the README has no " + BEGIN.strip() + " ... " + END);
    }
    return text.substring(0, from + BEGIN.length()) + table(docs) + text.substring(to);
  }
}
