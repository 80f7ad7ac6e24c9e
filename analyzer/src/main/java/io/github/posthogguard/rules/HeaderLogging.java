package io.github.posthogguard.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import io.github.posthogguard.eval.Evaluator;
import io.github.posthogguard.java.JavaSemantics;
import io.github.posthogguard.model.Arguments;
import io.github.posthogguard.model.ModelCoverage;
import io.github.posthogguard.model.ModelRow;
import java.util.Locale;
import java.util.Optional;

/**
 * An HTTP client's logging switched to every header ({@code headerLogging} rows): {@code
 * interceptor.setLevel(HttpLoggingInterceptor.Level.HEADERS)} writes each request's {@code
 * Authorization} and {@code Cookie} headers to the log, unless the same interceptor redacts the
 * Authorization header.
 */
final class HeaderLogging {
  private HeaderLogging() {}

  /** The row when {@code call} switches every header's logging on, unredacted. */
  static Optional<ModelRow> switchedOn(Evaluator evaluator, MethodCallExpr call) {
    for (ModelRow row : evaluator.matching("headerLogging", call)) {
      Arguments arguments = Arguments.parse(row.require("args"), row.source());
      boolean everyHeader =
          arguments.of(call.getArguments().size()).stream()
              .map(call::getArgument)
              .anyMatch(
                  argument ->
                      row.list("levels").contains(constantName(argument))
                          || mentionsEveryHeader(evaluator, argument, row));
      if (everyHeader && !redactsAuthorization(evaluator, call, row)) {
        return Optional.of(row);
      }
    }
    return Optional.empty();
  }

  /**
   * The row's label when a method declared to return a level ({@code headerLoggingValues} rows)
   * returns one that logs every header: Spring Cloud OpenFeign sets every client's logger from a
   * bean {@code Logger.Level feignLoggerLevel() { return Logger.Level.FULL; }}.
   */
  static Optional<String> returned(Evaluator evaluator, ReturnStmt statement) {
    if (statement.getExpression().isEmpty()
        || !(JavaSemantics.enclosingCallable(statement) instanceof MethodDeclaration method)) {
      return Optional.empty();
    }
    String level = constantName(statement.getExpression().get());
    for (ModelRow row : evaluator.semantics().model().rows("headerLoggingValues")) {
      if (row.list("levels").contains(level)
          && evaluator.semantics().types().resolve(method.getType()).is(row.require("returns"))) {
        ModelCoverage.hit(row);
        return Optional.of(row.require("label"));
      }
    }
    return Optional.empty();
  }

  /**
   * A message in the library's expression language that prints every header: {@code ${headers}}.
   */
  private static boolean mentionsEveryHeader(
      Evaluator evaluator, Expression argument, ModelRow row) {
    Optional<String> text = evaluator.constant(argument).map(t -> t.toLowerCase(Locale.ROOT));
    return text.isPresent() && row.list("mentions").stream().anyMatch(text.get()::contains);
  }

  private static String constantName(Expression argument) {
    if (argument instanceof BooleanLiteralExpr flag) {
      return String.valueOf(flag.getValue());
    }
    if (argument instanceof FieldAccessExpr access) {
      return access.getNameAsString();
    }
    return argument instanceof NameExpr name ? name.getNameAsString() : "";
  }

  /**
   * Whether the object switched on is told, in the same method, to leave the Authorization header
   * out ({@code interceptor.redactHeader("Authorization")}) or to log only the headers a filter
   * selects ({@code filter.setHeaderPredicate(..)}).
   */
  private static boolean redactsAuthorization(
      Evaluator evaluator, MethodCallExpr call, ModelRow row) {
    Optional<String> redactedBy = row.get("redactedBy");
    Optional<String> filteredBy = row.get("filteredBy");
    Node scope = JavaSemantics.enclosingCallable(call);
    if ((redactedBy.isEmpty() && filteredBy.isEmpty()) || scope == null) {
      return false;
    }
    String receiver = call.getScope().map(Object::toString).orElse("");
    for (MethodCallExpr redaction : scope.findAll(MethodCallExpr.class)) {
      String method = redaction.getNameAsString();
      boolean sameReceiver = redaction.getScope().map(Object::toString).orElse("").equals(receiver);
      if (sameReceiver && filteredBy.filter(method::equals).isPresent()) {
        return true;
      }
      if (redactedBy.filter(method::equals).isPresent()
          && redaction.getArguments().size() == 1
          && (sameReceiver || isChainedWith(call, redaction)) // a route's step before the log
          && evaluator
              .constant(redaction.getArgument(0))
              .map(name -> name.toLowerCase(Locale.ROOT).equals("authorization"))
              .orElse(false)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code outer} is a call made on the result of {@code inner}, at any depth. */
  private static boolean isChainedWith(Expression outer, MethodCallExpr inner) {
    for (Expression x = outer; x instanceof MethodCallExpr c; x = c.getScope().orElse(null)) {
      if (x == inner) {
        return true;
      }
    }
    return false;
  }
}
