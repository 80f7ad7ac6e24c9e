package io.github.posthogguard.rules;

import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import io.github.posthogguard.analyzer.JavaFile;
import io.github.posthogguard.analyzer.Rule;
import io.github.posthogguard.analyzer.RuleContext;
import io.github.posthogguard.analyzer.TextClues;
import io.github.posthogguard.analyzer.TextRange;
import io.github.posthogguard.eval.Evaluator;
import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.keys.KeyMatch;
import io.github.posthogguard.keys.PostHogKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A PostHog secret (personal API key, project secret key, OAuth token) written into source: in a
 * literal, assembled from literals and constants of the file, or left in a comment. Reported on the
 * expression that assembles the full key, never on its parts and never again where the finished
 * constant is used.
 */
public final class HardcodedPostHogKey implements Rule {
  public static final String ID = "HardcodedPostHogKey";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public boolean mayReport(TextClues clues) {
    return PostHogKeys.maySpellSecret(clues.decoded());
  }

  @Override
  public void check(RuleContext context) {
    JavaFile file = context.file();
    Evaluator constants = Evaluator.of(file, FlowOptions.NONE);
    for (Expression expression :
        file.unit().findAll(Expression.class, HardcodedPostHogKey::mayAssemble)) {
      Optional<String> value = constants.constant(expression);
      if (value.isEmpty()) {
        continue;
      }
      for (KeyMatch key : PostHogKeys.findSecrets(value.get())) {
        if (isAssembledHere(key, expression, constants)) {
          context.report(rangeOf(file, expression, key), message(key), List.of());
        }
      }
    }
    for (Comment comment : file.comments()) {
      TextRange range = file.rangeOf(comment);
      String raw = file.text().substring(range.beginOffset(), range.endOffset());
      for (KeyMatch key : PostHogKeys.findSecrets(raw)) {
        context.report(
            file.rangeOfOffsets(range.beginOffset() + key.start(), range.beginOffset() + key.end()),
            message(key),
            List.of());
      }
    }
  }

  private static boolean mayAssemble(Expression e) {
    return e instanceof StringLiteralExpr
        || e instanceof TextBlockLiteralExpr
        || e instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS
        || e instanceof MethodCallExpr;
  }

  private static boolean isAssembledHere(KeyMatch key, Expression expression, Evaluator constants) {
    return operands(expression).stream()
        .map(constants::constant)
        .flatMap(Optional::stream)
        .noneMatch(part -> part.contains(key.key()));
  }

  /**
   * The operands whose values make up {@code expression}'s value: empty for a literal, which stands
   * alone. A key found in an expression but in none of its operands was assembled there.
   */
  private static List<Expression> operands(Expression expression) {
    if (expression instanceof BinaryExpr binary) {
      return List.of(binary.getLeft(), binary.getRight());
    }
    if (expression instanceof MethodCallExpr call) {
      List<Expression> parts = new ArrayList<>();
      call.getScope().ifPresent(parts::add);
      parts.addAll(call.getArguments());
      return parts;
    }
    return List.of();
  }

  /** The key itself where the literal spells it out verbatim; else the whole expression. */
  private static TextRange rangeOf(JavaFile file, Expression expression, KeyMatch key) {
    TextRange whole = file.rangeOf(expression);
    if (expression instanceof StringLiteralExpr || expression instanceof TextBlockLiteralExpr) {
      int at = file.text().substring(whole.beginOffset(), whole.endOffset()).indexOf(key.key());
      if (at >= 0) {
        return file.rangeOfOffsets(
            whole.beginOffset() + at, whole.beginOffset() + at + key.key().length());
      }
    }
    return whole;
  }

  private static String message(KeyMatch key) {
    return "Hard-coded PostHog "
        + key.type().displayName()
        + " "
        + key.masked()
        + ": rotate it in PostHog and load the new one from the environment or a secret store";
  }
}
