package io.github.posthogguard.eval;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;

/**
 * Substrings that show no more of a key than PostHog itself does: a prefix of at most 8 characters
 * ({@code phx_} and 4 more), a suffix of at most 4 (PostHog stores a personal key's last 4
 * characters in plain text).
 */
final class Substrings {
  private static final int LONGEST_SAFE_PREFIX = 8;
  private static final int LONGEST_SAFE_SUFFIX = 4;

  private Substrings() {}

  /** {@code s.substring(0, n)} with n at most 8. */
  static boolean isShortPrefix(MethodCallExpr call, Constants constants) {
    if (call.getArguments().size() != 2) {
      return false;
    }
    return intValue(call.getArgument(0)) == 0
        && intValue(call.getArgument(1)) >= 0
        && intValue(call.getArgument(1)) <= LONGEST_SAFE_PREFIX;
  }

  /** {@code s.substring(s.length() - n)} with n at most 4. */
  static boolean isShortSuffix(MethodCallExpr call) {
    if (call.getArguments().size() != 1
        || call.getScope().isEmpty()
        || !(call.getArgument(0) instanceof BinaryExpr minus)
        || minus.getOperator() != BinaryExpr.Operator.MINUS) {
      return false;
    }
    int n = intValue(minus.getRight());
    String length = call.getScope().get() + ".length()";
    return minus.getLeft().toString().equals(length) && n >= 0 && n <= LONGEST_SAFE_SUFFIX;
  }

  private static int intValue(Expression e) {
    if (e instanceof IntegerLiteralExpr literal) {
      try {
        return literal.asNumber().intValue();
      } catch (NumberFormatException ex) {
        return -1;
      }
    }
    return -1;
  }
}
