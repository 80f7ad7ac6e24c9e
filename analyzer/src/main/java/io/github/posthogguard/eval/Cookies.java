package io.github.posthogguard.eval;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.IfStmt;
import io.github.posthogguard.java.JavaSemantics;
import io.github.posthogguard.java.Variable;
import java.util.Locale;
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
    Optional<MethodCallExpr> chain = chainOfItsLambda(name);
    if (chain.isPresent()) {
      Optional<Optional<String>> filtered = filteredByName(chain.get(), evaluator);
      if (filtered.isPresent()) {
        return filtered;
      }
    }
    Optional<String> lookedUp = nameLookedUpBy(name, evaluator);
    if (lookedUp.isPresent()) {
      return Optional.of(lookedUp);
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

  /**
   * The name a local's cookie was found by: {@code Cookie remember = findCookie(request,
   * REMEMBER_ME_COOKIE)}, Spring's {@code WebUtils.getCookie(request, "SESSION")}.
   */
  private static Optional<String> nameLookedUpBy(NameExpr name, Evaluator evaluator) {
    Optional<Expression> initializer =
        evaluator
            .semantics()
            .variable(name)
            .filter(variable -> variable.kind() == Variable.Kind.LOCAL)
            .flatMap(Variable::initializer);
    if (!(initializer.orElse(null) instanceof MethodCallExpr call)
        || !call.getNameAsString().toLowerCase(Locale.ROOT).contains("cookie")) {
      return Optional.empty();
    }
    for (Expression argument : call.getArguments()) {
      Optional<String> constant = evaluator.constant(argument);
      if (constant.isPresent()) {
        return constant;
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

  /**
   * The stream or Optional call whose lambda declares {@code name} as its parameter: {@code
   * ifPresent(c -> log(c.getValue()))} of {@code Arrays.stream(cookies).filter(..).findFirst()}.
   */
  private static Optional<MethodCallExpr> chainOfItsLambda(NameExpr name) {
    for (Node n = name.getParentNode().orElse(null);
        n != null && !(n instanceof CallableDeclaration<?>);
        n = n.getParentNode().orElse(null)) {
      if (n instanceof LambdaExpr lambda
          && lambda.getParameters().size() == 1
          && lambda.getParameter(0).getNameAsString().equals(name.getNameAsString())) {
        return lambda
            .getParentNode()
            .filter(MethodCallExpr.class::isInstance)
            .map(MethodCallExpr.class::cast);
      }
    }
    return Optional.empty();
  }

  /** A {@code filter(c -> "JSESSIONID".equals(c.getName()))} earlier in the chain. */
  static Optional<Optional<String>> filteredByName(MethodCallExpr call, Evaluator evaluator) {
    for (Expression x = call.getScope().orElse(null);
        x instanceof MethodCallExpr link;
        x = link.getScope().orElse(null)) {
      if (link.getNameAsString().equals("filter")
          && link.getArguments().size() == 1
          && link.getArgument(0) instanceof LambdaExpr lambda
          && lambda.getParameters().size() == 1) {
        Optional<Optional<String>> compared =
            comparedName(
                lambda.getBody(),
                new NameExpr(lambda.getParameter(0).getNameAsString()),
                evaluator);
        if (compared.isPresent()) {
          return compared;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The root of a chain: {@code Arrays.stream(cookies)} of {@code
   * Arrays.stream(cookies).filter(..)}.
   */
  private static Optional<Expression> streamedArray(MethodCallExpr call) {
    Expression x = call;
    while (x instanceof MethodCallExpr link
        && link.getScope().orElse(null) instanceof MethodCallExpr) {
      x = link.getScope().get();
    }
    return x instanceof MethodCallExpr root
            && root.getNameAsString().equals("stream")
            && root.getArguments().size() == 1
        ? Optional.of(root.getArgument(0))
        : Optional.empty();
  }

  /** A cookie taken from all the request's cookies: a loop over them, an element of them. */
  static boolean isOneOfAll(Expression receiver, JavaSemantics semantics) {
    if (!(receiver instanceof NameExpr name)) {
      return false;
    }
    Optional<MethodCallExpr> chain = chainOfItsLambda(name);
    if (chain.isPresent()) {
      // Arrays.stream(request.getCookies()).forEach(c -> ..)
      return streamsAll(chain.get(), semantics);
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

  /** Whether a link of a chain streams all the request's cookies. */
  static boolean streamsAll(MethodCallExpr link, JavaSemantics semantics) {
    return streamedArray(link).map(a -> isAllCookies(a, semantics, 0)).orElse(false);
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
