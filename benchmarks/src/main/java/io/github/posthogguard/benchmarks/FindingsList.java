package io.github.posthogguard.benchmarks;

import io.github.posthogguard.rules.Rules;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Prints what the analyzer reports on a folder, for one rule or all: every finding as {@code
 * relative/path:line RuleId message} with its source line below, sorted by path and line; then, on
 * standard error, the count per rule, the files and lines read and any file skipped.
 *
 * <p>Usage: {@code FindingsList RULE|all DIR} ({@code benchmarks/findings.sh} runs it).
 */
public final class FindingsList {
  private FindingsList() {}

  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: FindingsList RULE|all DIR");
      System.exit(2);
    }
    String rule = args[0];
    boolean known = Rules.all().stream().anyMatch(r -> r.id().equals(rule));
    if (!rule.equals("all") && !known) {
      System.err.println(
          "unknown rule " + rule + "; rules: " + Rules.all().stream().map(r -> r.id()).toList());
      System.exit(2);
    }
    Predicate<String> selected = id -> rule.equals("all") || id.equals(rule);
    CorpusFindings result = CorpusFindings.of(Path.of(args[1]), Rules.analyzer());
    Map<String, Integer> perRule = new TreeMap<>();
    for (ReportedFinding finding : result.findingsOf(selected)) {
      System.out.println(finding.describe());
      perRule.merge(finding.ruleId(), 1, Integer::sum);
    }
    System.err.printf(
        "%s: %,d files, %,d lines; findings per rule: %s%n",
        result.root(), result.files(), result.lines(), perRule);
    result.skipped().forEach(System.err::println);
  }
}
