package io.github.posthogguard.values;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * The boolean value an expression holds, where the source fixes it: {@code true}, {@code false},
 * {@code Boolean.TRUE}, negation, parentheses, and final fields or final locals of the same file
 * with such initializers. Anything read at run time (a parameter, {@code System.getenv}, a method's
 * result) has no value here.
 */
public final class ConstantBooleans {
  private final FinalVariables variables;
  private final Set<Expression> evaluating = Collections.newSetFromMap(new IdentityHashMap<>());

  public ConstantBooleans(CompilationUnit unit) {
    this(new FinalVariables(unit));
  }

  /** Over final variables a caller already resolves, so that they are resolved once. */
  public ConstantBooleans(FinalVariables variables) {
    this.variables = variables;
  }

  public Optional<Boolean> valueOf(Expression e) {
    if (e instanceof BooleanLiteralExpr literal) {
      return Optional.of(literal.getValue());
    }
    if (e instanceof EnclosedExpr enclosed) {
      return valueOf(enclosed.getInner());
    }
    if (e instanceof UnaryExpr unary
        && unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
      return valueOf(unary.getExpression()).map(value -> !value);
    }
    if (e instanceof FieldAccessExpr access && isBooleanClass(access.getScope())) {
      return switch (access.getNameAsString()) {
        case "TRUE" -> Optional.of(true);
        case "FALSE" -> Optional.of(false);
        default -> Optional.empty();
      };
    }
    if (e instanceof NameExpr || e instanceof FieldAccessExpr) {
      return variables.initializerOf(e).flatMap(this::initializerValue);
    }
    return Optional.empty();
  }

  private Optional<Boolean> initializerValue(Expression initializer) {
    if (!evaluating.add(initializer)) {
      return Optional.empty(); // a cycle of constants: javac rejects it
    }
    try {
      return valueOf(initializer);
    } finally {
      evaluating.remove(initializer);
    }
  }

  private static boolean isBooleanClass(Expression scope) {
    String text = scope.toString();
    return text.equals("Boolean") || text.equals("java.lang.Boolean");
  }
}
