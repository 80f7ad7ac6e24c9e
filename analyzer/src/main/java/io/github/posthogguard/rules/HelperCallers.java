package io.github.posthogguard.rules;

import com.github.javaparser.ast.Node;
import io.github.posthogguard.analyzer.SecondaryLocation;
import io.github.posthogguard.analyzer.TextRange;
import io.github.posthogguard.eval.Evaluator;
import io.github.posthogguard.eval.Evaluator.HelperCall;
import io.github.posthogguard.eval.Fact;
import io.github.posthogguard.eval.Secret;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where a sink inside a private helper is reported: at each call that hands the helper the secret
 * ({@link Evaluator#callersHanding}), with the helper's write as a secondary location; at the sink
 * when the secret comes from the helper itself.
 */
final class HelperCallers {
  private HelperCallers() {}

  /**
   * Reports one finding: where, the words that name the helper it goes through ({@code " in
   * send(..)"}, empty at the sink), what, and whose message.
   */
  interface Report {
    void at(
        Node site,
        String through,
        Secret secret,
        Optional<String> exception,
        SecondaryLocation... places);
  }

  static void report(
      Evaluator evaluator,
      List<HelperCall> callers,
      Node sink,
      TextRange written,
      Secret secret,
      Fact fact,
      Predicate<Secret> reported,
      Report report) {
    if (callers.isEmpty()) {
      report.at(sink, "", secret, evaluator.exceptionMessageIn(fact));
      return;
    }
    for (HelperCall caller : callers) {
      evaluator
          .resolved(caller.fact())
          .filter(reported)
          .ifPresent(
              passed ->
                  report.at(
                      caller.site(),
                      " in " + caller.helper() + "(..)",
                      passed,
                      evaluator.exceptionMessageIn(caller.fact()),
                      new SecondaryLocation(written, "the helper writes it here")));
    }
  }
}
