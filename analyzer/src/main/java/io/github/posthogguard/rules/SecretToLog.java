package io.github.posthogguard.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.AssertStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import io.github.posthogguard.analyzer.JavaFile;
import io.github.posthogguard.analyzer.Rule;
import io.github.posthogguard.analyzer.RuleContext;
import io.github.posthogguard.analyzer.SecondaryLocation;
import io.github.posthogguard.analyzer.TextClues;
import io.github.posthogguard.analyzer.TextRange;
import io.github.posthogguard.eval.Evaluator;
import io.github.posthogguard.eval.Evaluator.HelperCall;
import io.github.posthogguard.eval.Fact;
import io.github.posthogguard.eval.Secret;
import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.model.Arguments;
import io.github.posthogguard.model.ModelRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A secret that reaches a log or the console: a PostHog personal or secret key, or any value named
 * or read as a secret, passed to a logger ({@code logSinks} of the models), printed, or built into
 * an exception's message. Reported on the writing call, with the secret's source as a secondary
 * location.
 */
public final class SecretToLog implements Rule {
  private static final String EVERY_HEADER = "Every request header (Authorization, Cookie)";

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
    return Clues.mayFindSecret(clues, options);
  }

  @Override
  public void check(RuleContext context) {
    JavaFile file = context.file();
    Evaluator evaluator = Evaluator.of(file, options);
    evaluator
        .semantics()
        .walk(
            node -> {
              if (node instanceof MethodCallExpr call) {
                sink(evaluator, call)
                    .ifPresent(
                        sink ->
                            check(context, evaluator, sink.atName() ? call.getName() : node, sink));
                HeaderLogging.switchedOn(evaluator, call)
                    .ifPresent(
                        row ->
                            context.report(
                                call.getName(), // the switch's own line, in a long chain
                                row.get("logs").orElse(EVERY_HEADER)
                                    + " reaches the log through "
                                    + row.require("label")
                                    + " "
                                    + call.getNameAsString()
                                    + "(): "
                                    + row.get("fix")
                                        .orElse(
                                            "have it redact the Authorization header, or log"
                                                + " less than every header")));
              } else if (node instanceof ReturnStmt statement) {
                HeaderLogging.returned(evaluator, statement)
                    .ifPresent(
                        label ->
                            context.report(
                                statement,
                                EVERY_HEADER
                                    + " reaches the log"
                                    + " through "
                                    + label
                                    + ": have it log less than every header"));
              } else if (node instanceof ObjectCreationExpr creation) {
                exceptionMessage(evaluator, creation)
                    .ifPresent(sink -> check(context, evaluator, node, sink));
              } else if (node instanceof MethodReferenceExpr reference) {
                checkReference(context, evaluator, reference);
              } else if (node instanceof AssertStmt assertion
                  && assertion.getMessage().isPresent()) {
                check(
                    context,
                    evaluator,
                    node,
                    new Sink(
                        "the message of an AssertionError", List.of(assertion.getMessage().get())));
              }
            });
  }

  /**
   * A logger's method given where a secret is handed on ({@code
   * Optional.ofNullable(token).ifPresent(log::info)}): the logger is called with it.
   */
  private static void checkReference(
      RuleContext context, Evaluator evaluator, MethodReferenceExpr reference) {
    for (ModelRow row : evaluator.matching("logSinks", reference, 1)) {
      Arguments arguments = Arguments.parse(row.require("args"), row.source());
      if (arguments.of(1).isEmpty()) {
        continue;
      }
      Optional<Secret> secret =
          evaluator.resolved(evaluator.givenToFunction(reference)).filter(SecretToLog::logged);
      if (secret.isPresent()) {
        Sink sink =
            new Sink(row.require("label") + " " + reference.getIdentifier() + "()", List.of());
        report(context, reference, sink, secret.get());
      }
      return;
    }
  }

  /** A secret this rule reports where it is logged: not one its config file's finding covers. */
  private static boolean logged(Secret secret) {
    return !secret.isWrittenAsTheProjectKey();
  }

  /**
   * A writing call: how messages name it, the arguments that reach the log, and whether it is
   * reported on the line of its name (a step of a long chain).
   */
  private record Sink(String description, List<Expression> arguments, boolean atName) {
    Sink(String description, List<Expression> arguments) {
      this(description, arguments, false);
    }

    /**
     * This sink as reached through a helper of the file that writes with it ({@code " in
     * send(..)"}).
     */
    Sink through(String helper) {
      return new Sink(description + helper, arguments, atName);
    }
  }

  private static void check(RuleContext context, Evaluator evaluator, Node node, Sink sink) {
    for (Expression argument : sink.arguments()) {
      Fact fact = evaluator.secret(argument);
      Optional<Secret> secret = evaluator.resolved(fact).filter(SecretToLog::logged);
      if (secret.isPresent()) {
        List<HelperCall> callers =
            sink.description().startsWith(ExceptionMessages.BUILT)
                    || sink.arguments().stream().anyMatch(a -> evaluator.constant(a).isPresent())
                ? List.of() // the helper's own message, or a format it writes the value into
                : evaluator.callersHanding(node, argument, evaluator::secret);
        Node at = reportedAt(node, argument);
        List<SecondaryLocation> built = new ArrayList<>();
        if (node instanceof ObjectCreationExpr creation) {
          Optional<MethodCallExpr> logged = loggedWhereBuilt(evaluator, creation);
          if (logged.isPresent()) {
            at = logged.get();
            built.add(
                new SecondaryLocation(
                    context.file().rangeOf(creation), "its message is built here"));
          }
        }
        HelperCallers.report(
            evaluator,
            callers,
            at,
            context.file().rangeOf(at),
            secret.get(),
            fact,
            passed -> true,
            (site, through, passed, exception, places) -> {
              List<SecondaryLocation> secondaries = new ArrayList<>(built);
              secondaries.addAll(List.of(places));
              report(
                  context,
                  site,
                  sink.through(through),
                  passed,
                  exception.or(() -> evaluator.projectExceptionOf(argument)),
                  secondaries.toArray(SecondaryLocation[]::new));
            });
        return;
      }
    }
    LabelledValues.find(evaluator, sink.arguments())
        .ifPresent(labelled -> report(context, node, sink, labelled));
  }

  /**
   * The logging call that writes an exception kept in a local where it is built ({@code failure =
   * new IllegalStateException("rejected " + key, err); log.error("poll failed", failure);}): the
   * line that puts its message into the log, rather than its creation.
   */
  private static Optional<MethodCallExpr> loggedWhereBuilt(
      Evaluator evaluator, ObjectCreationExpr creation) {
    if (creation.getEnd().isEmpty()) {
      return Optional.empty();
    }
    for (NameExpr use : evaluator.semantics().usesOfTheLocalItInitializes(creation)) {
      for (Node n = use.getParentNode().orElse(null);
          n instanceof Expression;
          n = n.getParentNode().orElse(null)) {
        if (n instanceof MethodCallExpr call
            && call.getBegin().filter(b -> b.isAfter(creation.getEnd().get())).isPresent()
            && sink(evaluator, call)
                .filter(
                    sink ->
                        sink.arguments().stream().anyMatch(a -> a == use || a.isAncestorOf(use)))
                .isPresent()) {
          return Optional.of(call);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Where a written argument is reported: the sink, or the step of a fluent chain that gives it
   * ({@code log.atDebug().addKeyValue("flagsKey", key).log()} on the {@code addKeyValue} line).
   */
  private static Node reportedAt(Node sink, Expression argument) {
    if (argument.getParentNode().orElse(null) instanceof MethodCallExpr step
        && step != sink
        && step != sink.getParentNode().orElse(null)) {
      return step.getName();
    }
    return sink;
  }

  private static Optional<Sink> sink(Evaluator evaluator, MethodCallExpr call) {
    for (ModelRow row : evaluator.matching("logSinks", call)) {
      List<Expression> written = new ArrayList<>();
      Arguments arguments = Arguments.parse(row.require("args"), row.source());
      if (arguments.includesReceiver()) {
        call.getScope().ifPresent(written::add); // e.printStackTrace(): the exception itself
      }
      for (int i : arguments.of(call.getArguments().size())) {
        written.add(call.getArgument(i));
      }
      List<String> chained = row.list("chainArgs");
      if (!chained.isEmpty()) {
        for (Expression x = call.getScope().orElse(null);
            x instanceof MethodCallExpr inner;
            x = inner.getScope().orElse(null)) {
          if (chained.contains(inner.getNameAsString())) {
            written.addAll(inner.getArguments());
          }
        }
      }
      return Optional.of(
          new Sink(
              row.require("label") + " " + call.getNameAsString() + "()",
              written,
              row.get("at").filter("name"::equals).isPresent()));
    }
    return Optional.empty();
  }

  /** An exception constructed with a message: only the message reaches the log. */
  private static Optional<Sink> exceptionMessage(Evaluator evaluator, ObjectCreationExpr creation) {
    if (creation.getArguments().isEmpty() || evaluator.matching("logSinks", creation).isEmpty()) {
      return Optional.empty();
    }
    return evaluator
        .messageArgument(creation)
        .map(
            message ->
                new Sink(
                    ExceptionMessages.BUILT + creation.getType().getNameAsString(),
                    List.of(message)));
  }

  private static void report(RuleContext context, Node sinkNode, Sink sink, Secret secret) {
    report(context, sinkNode, sink, secret, Optional.empty());
  }

  /**
   * {@code exception}: the exception whose message, built with the secret, is written; {@code
   * places}: where a helper called at {@code sinkNode} writes it.
   */
  private static void report(
      RuleContext context,
      Node sinkNode,
      Sink sink,
      Secret secret,
      Optional<String> exception,
      SecondaryLocation... places) {
    JavaFile file = context.file();
    TextRange range = file.rangeOf(sinkNode);
    String message =
        secret.describe()
            + Origins.inOtherFile(file, secret)
            + ExceptionMessages.read(exception)
            + " reaches "
            + sink.description()
            + ": logs keep it in clear; log a masked form (first 4 and last 4 characters) or nothing";
    List<SecondaryLocation> secondaries =
        new ArrayList<>(Origins.of(file, secret, range, "the secret comes from here"));
    secondaries.addAll(List.of(places));
    context.report(range, message, secondaries);
  }
}
