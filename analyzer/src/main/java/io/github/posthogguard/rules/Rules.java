package io.github.posthogguard.rules;

import io.github.posthogguard.analyzer.Analyzer;
import io.github.posthogguard.analyzer.Rule;
import java.util.List;

/** The rule pack: every rule, in the order of its documentation index. */
public final class Rules {
  private Rules() {}

  public static List<Rule> all() {
    return List.of(new HardcodedPostHogKey(), new SecretToLog(), new PostHogDebugLogsPersonalKey());
  }

  public static Analyzer analyzer() {
    return new Analyzer(all());
  }
}
