package io.github.posthogguard.eval;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.IfStmt;
import io.github.posthogguard.java.JavaSemantics;
import io.github.posthogguard.java.Variable;
import java.util.Optional;

/** Which cookie or header an element variable holds, as the code around it tells. */
final class Cookies {
  private Cookies() {}

  /**
   * The name the code compares an element's name with before using it ({@code
   * "JSESSIONID".equals(cookie.getName())}, {@code
   * forwardedHeader.equalsIgnoreCase(field.getName())}): the closest enclosing {@code if} that
   * does, else any such comparison in the method. The name is empty when the code compares with a
   * value the source does not fix (a configured name).
   */
  static Optional<Optional<String>> nameCheckedFor(Expression receiver, Evaluator evaluator) {
    if (!(receiver instanceof NameExpr name)) {
      return Optional.empty();
    }
    for (Node n = receiver.getParentNode().orElse(null);
        n != null;
        n = n.getParentNode().orElse(null)) {
      if (n instanceof IfStmt statement) {
        Optional<Optional<String>> checked =
            comparedName(statement.getCondition(), name, evaluator);
        if (checked.isPresent()) {
          return checked;
        }
      }
      if (n == JavaSemantics.enclosingCallable(receiver)) {
        return comparedName(n, name, evaluator);
      }
    }
    return Optional.empty();
  }

  private static Optional<Optional<String>> comparedName(
      Node scope, NameExpr element, Evaluator evaluator) {
    for (MethodCallExpr call : scope.findAll(MethodCallExpr.class)) {
      String method = call.getNameAsString();
      if ((!method.equals("equals") && !method.equals("equalsIgnoreCase"))
          || call.getArguments().size() != 1) {
        continue;
      }
      Expression left = call.getScope().orElse(null);
      Expression right = call.getArgument(0);
      if (isGetNameOf(right, element) && left != null) {
        return Optional.of(evaluator.constant(left));
      }
      if (isGetNameOf(left, element)) {
        return Optional.of(evaluator.constant(right));
      }
    }
    return Optional.empty();
  }

  private static boolean isGetNameOf(Expression e, NameExpr cookie) {
    return e instanceof MethodCallExpr call
        && call.getNameAsString().equals("getName")
        && call.getScope()
            .filter(
                s ->
                    s instanceof NameExpr n && n.getNameAsString().equals(cookie.getNameAsString()))
            .isPresent();
  }

  /** A cookie taken from all the request's cookies: a loop over them, an element of them. */
  static boolean isOneOfAll(Expression receiver, JavaSemantics semantics) {
    if (!(receiver instanceof NameExpr name)) {
      return false;
    }
    Optional<Variable> variable = semantics.variable(name);
    if (variable.isEmpty()) {
      return false;
    }
    Optional<Expression> source = variable.get().initializer();
    if (source.isEmpty()) {
      return false;
    }
    Expression all = source.get();
    if (variable.get().kind() != Variable.Kind.FOR_EACH) {
      if (!(all instanceof ArrayAccessExpr element)) {
        return false;
      }
      all = element.getName();
    }
    return isAllCookies(all, semantics, 0);
  }

  private static boolean isAllCookies(Expression e, JavaSemantics semantics, int depth) {
    if (e instanceof MethodCallExpr call) {
      return call.getNameAsString().equals("getCookies");
    }
    if (e instanceof NameExpr name && depth < 3) {
      return semantics
          .variable(name)
          .flatMap(Variable::initializer)
          .map(i -> isAllCookies(i, semantics, depth + 1))
          .orElse(false);
    }
    return false;
  }
}
