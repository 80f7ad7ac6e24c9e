package io.github.posthogguard.analyzer;

import java.util.List;

/**
 * One rule of the pack. A rule reads the parsed file it is given and reports through the context;
 * it never parses, never suppresses and never throws on odd code (the analyzer isolates it anyway).
 */
public interface Rule {

  /** The rule id: Error Prone check name, Sonar rule key, SARIF ruleId and doc file name. */
  String id();

  /**
   * Whether this file's text holds what the rule needs to report anything: the prefilter that
   * spares parsing files where no rule can fire. It must never answer false for a file the rule
   * would report in (the corpus equality test holds every rule to that); the default reads every
   * file.
   */
  default boolean mayReport(TextClues clues) {
    return true;
  }

  void check(RuleContext context);

  /**
   * What the rule reports in a file too large to parse, from its text alone ({@link Limits}); by
   * default nothing.
   */
  default void checkText(SourceFile source, LineMap lines, List<Finding> findings) {}
}
