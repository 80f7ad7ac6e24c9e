package io.github.posthogguard.analyzer;

/**
 * One rule of the pack. A rule reads the parsed file it is given and reports through the context;
 * it never parses, never suppresses and never throws on odd code (the analyzer isolates it anyway).
 */
public interface Rule {

  /** The rule id: Error Prone check name, Sonar rule key, SARIF ruleId and doc file name. */
  String id();

  void check(RuleContext context);
}
