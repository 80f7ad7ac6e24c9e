package io.github.posthogguard.cli;

import io.github.posthogguard.analyzer.Rule;
import io.github.posthogguard.docs.RuleDoc;
import io.github.posthogguard.docs.RuleDocs;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Answers {@code --list-rules} and {@code --explain}, from the rule docs of every rule. */
public final class RuleHelp {
  private final List<Rule> rules;

  public RuleHelp(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** One line per rule: its id and summary. */
  public void list(PrintWriter out) {
    int width = rules.stream().mapToInt(r -> r.id().length()).max().orElse(0);
    for (Rule rule : rules) {
      RuleDoc doc = RuleDocs.load(rule.id());
      out.println(String.format("%-" + width + "s  %s", rule.id(), doc.summary()));
    }
  }

  /**
   * Prints the rule's documentation and returns 0, or tells on {@code err} that there is no such
   * rule, lists the ids, and returns 2.
   */
  public int explain(String ruleId, PrintWriter out, PrintWriter err) {
    Optional<Rule> rule = find(ruleId);
    if (rule.isEmpty()) {
      err.println(
          "posthog-guard: unknown rule '"
              + ruleId
              + "'. Rules: "
              + rules.stream().map(Rule::id).collect(Collectors.joining(", ")));
      return GuardCommand.ERROR;
    }
    RuleDoc doc = RuleDocs.load(rule.get().id());
    out.println(doc.key() + ": " + doc.title());
    out.println();
    out.println(doc.summary());
    out.println();
    out.println(facts(doc));
    if (!doc.tags().isEmpty()) {
      out.println("Tags: " + String.join(", ", doc.tags()));
    }
    out.println();
    out.print(doc.markdown());
    out.println();
    out.println("Documentation: " + doc.url());
    return GuardCommand.NOTHING_FOUND;
  }

  private Optional<Rule> find(String ruleId) {
    Optional<Rule> exact = rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
    return exact.isPresent()
        ? exact
        : rules.stream().filter(r -> r.id().equalsIgnoreCase(ruleId)).findFirst();
  }

  private static String facts(RuleDoc doc) {
    StringBuilder facts =
        new StringBuilder("Type: ")
            .append(doc.type())
            .append(". Severity: ")
            .append(doc.severity())
            .append(" (Error Prone: ")
            .append(doc.errorProneSeverity())
            .append(").");
    if (!doc.cwe().isEmpty()) {
      facts
          .append(" ")
          .append(doc.cwe().stream().map(c -> "CWE-" + c).collect(Collectors.joining(", ")))
          .append(".");
    }
    if (!doc.owaspTop10_2021().isEmpty()) {
      facts
          .append(" OWASP Top 10 2021: ")
          .append(String.join(", ", doc.owaspTop10_2021()))
          .append(".");
    }
    return facts.toString();
  }
}
