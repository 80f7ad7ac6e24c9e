package io.github.posthogguard.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.github.posthogguard.analyzer.JavaFile;
import io.github.posthogguard.analyzer.Rule;
import io.github.posthogguard.analyzer.RuleContext;
import io.github.posthogguard.analyzer.SecondaryLocation;
import io.github.posthogguard.analyzer.TextClues;
import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.flow.LogSinks;
import io.github.posthogguard.flow.Secret;
import io.github.posthogguard.flow.SecretFlow;
import java.util.List;
import java.util.Optional;

/**
 * A secret that reaches a log or the console: a PostHog personal or secret key, or any value named
 * or read as a secret, passed to a logger, printed, or built into an exception's message. Reported
 * on the line of the logging call, with the secret's source as a secondary location.
 */
public final class SecretToLog implements Rule {
  public static final String ID = "SecretToLog";

  private final FlowOptions options;

  public SecretToLog() {
    this(FlowOptions.NONE);
  }

  public SecretToLog(FlowOptions options) {
    this.options = options;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public boolean mayReport(TextClues clues) {
    return SecretFlow.mayFindSecret(clues, options);
  }

  @Override
  public void check(RuleContext context) {
    JavaFile file = context.file();
    SecretFlow flow = SecretFlow.of(file, options);
    LogSinks sinks = new LogSinks(file.unit(), options);
    for (Node node :
        file.unit()
            .findAll(
                Node.class, n -> n instanceof MethodCallExpr || n instanceof ObjectCreationExpr)) {
      Optional<LogSinks.Sink> sink =
          node instanceof MethodCallExpr call
              ? sinks.of(call)
              : sinks.of((ObjectCreationExpr) node);
      if (sink.isEmpty()) {
        continue;
      }
      for (Expression argument : sink.get().arguments()) {
        Optional<Secret> secret = flow.secretOf(argument);
        if (secret.isPresent()) {
          report(context, node, sink.get(), secret.get());
          break;
        }
      }
    }
  }

  private static void report(
      RuleContext context, Node sinkNode, LogSinks.Sink sink, Secret secret) {
    JavaFile file = context.file();
    String message =
        capitalized(secret.what())
            + " reaches "
            + sink.description()
            + ": logs keep it in clear; log a masked form (first 4 and last 4 characters) or nothing";
    List<SecondaryLocation> source =
        secret.origin() == null || !secret.origin().hasRange() || secret.origin() == sinkNode
            ? List.of()
            : List.of(
                new SecondaryLocation(file.rangeOf(secret.origin()), "the secret comes from here"));
    context.report(file.rangeOf(sinkNode), message, source);
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
