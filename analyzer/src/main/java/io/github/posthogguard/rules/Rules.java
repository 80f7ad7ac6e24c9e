package io.github.posthogguard.rules;

import io.github.posthogguard.analyzer.Analyzer;
import io.github.posthogguard.analyzer.Rule;
import io.github.posthogguard.flow.FlowOptions;
import java.util.List;

/** The rule pack: every rule, in the order of its documentation index. */
public final class Rules {
  private Rules() {}

  public static List<Rule> all() {
    return all(FlowOptions.NONE);
  }

  /** Every rule, the flow rules with a team's options (see {@code GuardOptions}). */
  public static List<Rule> all(FlowOptions options) {
    return List.of(
        new HardcodedPostHogKey(),
        new PostHogKeyClientExposure(options),
        new SecretToLog(options),
        new PostHogDebugLogsPersonalKey(),
        new PostHogKeyMisuse(options));
  }

  public static Analyzer analyzer() {
    return analyzer(FlowOptions.NONE);
  }

  public static Analyzer analyzer(FlowOptions options) {
    return new Analyzer(all(options));
  }
}
