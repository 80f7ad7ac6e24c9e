package io.github.posthogguard.rules;

import com.github.javaparser.ast.Node;
import io.github.posthogguard.analyzer.JavaFile;
import io.github.posthogguard.analyzer.Rule;
import io.github.posthogguard.analyzer.RuleContext;
import io.github.posthogguard.analyzer.SecondaryLocation;
import io.github.posthogguard.analyzer.TextClues;
import io.github.posthogguard.eval.Evaluator;
import io.github.posthogguard.flow.FlowOptions;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * posthog-server's {@code PostHogConfig} with debug on and a personal API key set: with debug on
 * the SDK prints every request's headers, and the feature-flag definitions poll of local evaluation
 * carries {@code Authorization: Bearer <personal key>}. Reported where debug is switched on ({@code
 * debug(true)}, {@code setDebug(true)}) or at {@code new PostHogConfig(...)}, only when the source
 * fixes debug to {@code true}, the key to something other than {@code null}, and local evaluation
 * on.
 */
public final class PostHogDebugLogsPersonalKey implements Rule {
  public static final String ID = "PostHogDebugLogsPersonalKey";

  static final String MESSAGE =
      "PostHog debug logging prints the personal API key in every feature-flag request's"
          + " Authorization header to standard output: turn debug off where a personal key is set";
  static final String KEY_SET_HERE = "the personal API key is set here";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public boolean mayReport(TextClues clues) {
    return Clues.mayConfigurePostHog(clues);
  }

  @Override
  public void check(RuleContext context) {
    JavaFile file = context.file();
    ServerSdk sdk = new ServerSdk(Evaluator.of(file, FlowOptions.NONE));
    if (!sdk.anyInFile(file.text())) {
      return;
    }
    // A builder and the config it built carry the same debug call: report it once.
    Set<Node> reported = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Node scope : file.unit().findAll(Node.class, ServerConfigTracker::isScope)) {
      for (ServerConfigObject config : new ServerConfigTracker(sdk).follow(scope)) {
        if (config.printsPersonalKey() && reported.add(config.debugSite())) {
          context.report(
              file.callSiteRangeOf(config.debugSite()),
              MESSAGE,
              config.personalKeySite() == null
                  ? List.of()
                  : List.of(
                      new SecondaryLocation(
                          file.callSiteRangeOf(config.personalKeySite()), KEY_SET_HERE)));
        }
      }
    }
  }
}
