package io.github.posthogguard.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** String concatenations: chains of {@code +}, parentheses aside. */
public final class Concatenations {
  private Concatenations() {}

  public static boolean isConcatenation(Node node) {
    return node instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS;
  }

  /** Whether {@code e} is a side of a {@code +}, parentheses around it or not. */
  public static boolean isOperandOfConcatenation(Expression e) {
    return isConcatenation(unwrappedParent(e));
  }

  /** The {@code +} that {@code e} is a side of, past the parentheses around it. */
  public static Node unwrappedParent(Expression e) {
    Node parent = e.getParentNode().orElse(null);
    while (parent instanceof EnclosedExpr enclosed) {
      parent = enclosed.getParentNode().orElse(null);
    }
    return parent;
  }

  /** The outermost {@code +} of a chain. */
  public static boolean isWholeConcatenation(Expression e) {
    return isConcatenation(e) && !isOperandOfConcatenation(e);
  }

  /**
   * The terms of a {@code +} chain left to right, parentheses removed, without recursion: chains
   * run 20,000 deep. Anything but a {@code +} is its own one term.
   */
  public static List<Expression> operands(Expression root) {
    List<Expression> leaves = new ArrayList<>();
    Deque<Expression> pending = new ArrayDeque<>();
    pending.push(unwrapped(root));
    while (!pending.isEmpty()) {
      Expression e = pending.pop();
      if (e instanceof BinaryExpr binary && isConcatenation(binary)) {
        pending.push(unwrapped(binary.getRight()));
        pending.push(unwrapped(binary.getLeft()));
      } else {
        leaves.add(e);
      }
    }
    return leaves;
  }

  /** An expression without the parentheses around it. */
  public static Expression unwrapped(Expression e) {
    Expression inner = e;
    while (inner instanceof EnclosedExpr enclosed) {
      inner = enclosed.getInner();
    }
    return inner;
  }
}
