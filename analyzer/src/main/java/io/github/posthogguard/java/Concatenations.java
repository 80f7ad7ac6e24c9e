package io.github.posthogguard.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;

/** String concatenations: chains of {@code +}, parentheses aside. */
public final class Concatenations {
  private Concatenations() {}

  public static boolean isConcatenation(Node node) {
    return node instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS;
  }

  /** Whether {@code e} is a side of a {@code +}, parentheses around it or not. */
  public static boolean isOperandOfConcatenation(Expression e) {
    Node parent = e.getParentNode().orElse(null);
    while (parent instanceof EnclosedExpr enclosed) {
      parent = enclosed.getParentNode().orElse(null);
    }
    return isConcatenation(parent);
  }

  /** The outermost {@code +} of a chain. */
  public static boolean isWholeConcatenation(Expression e) {
    return isConcatenation(e) && !isOperandOfConcatenation(e);
  }
}
