package io.github.posthogguard.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import io.github.posthogguard.analyzer.Deadline;
import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.analyzer.JavaFile;
import io.github.posthogguard.analyzer.LineMap;
import io.github.posthogguard.analyzer.Rule;
import io.github.posthogguard.analyzer.RuleContext;
import io.github.posthogguard.analyzer.SecondaryLocation;
import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.analyzer.TextClues;
import io.github.posthogguard.analyzer.TextRange;
import io.github.posthogguard.eval.Evaluator;
import io.github.posthogguard.eval.Location;
import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.java.Concatenations;
import io.github.posthogguard.keys.KeyMatch;
import io.github.posthogguard.keys.PostHogKeys;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A PostHog secret (personal API key, project secret key, OAuth token) written into source: in a
 * literal, assembled from literals and constants, or left in a comment. An assembled key is
 * reported on the expression that assembles it, where the whole key first exists, with the literal
 * of a constant that is its whole body (in this file or another) as its secondary location. Never
 * on a prefix, and never again where the finished constant is used.
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
    Deque<Expression> roots = new ArrayDeque<>();
    constants
        .semantics()
        .walk(
            node -> {
              if (node instanceof Expression expression
                  && mayAssemble(expression)
                  && (!(expression instanceof BinaryExpr)
                      || !Concatenations.isOperandOfConcatenation(expression))) {
                roots.add(expression);
              }
            });
    while (!roots.isEmpty()) {
      Deadline.check();
      Expression root = roots.poll();
      Optional<String> value = constants.constant(root);
      if (value.isEmpty()) {
        // a part the source does not fix: the operands that are constant may still hold a key
        operandsOfConcatenation(root).stream()
            .filter(e -> e instanceof BinaryExpr && mayAssemble(e))
            .forEach(roots::add);
        continue;
      }
      List<KeyMatch> keys = PostHogKeys.findSecrets(value.get());
      if (keys.isEmpty()) {
        continue;
      }
      if (!(root instanceof BinaryExpr)) {
        for (KeyMatch key : keys) {
          if (!isAssembledHere(key, root, constants)) {
            continue;
          }
          if (root instanceof MethodCallExpr) {
            reportAssembled(context, root, key, constants); // PREFIX.concat(BODY)
          } else {
            context.report(rangeOf(file, root, key), message(key), List.of());
          }
        }
        continue;
      }
      reportInConcatenation(context, root, keys, constants);
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

  /**
   * Reports each key of a concatenation's value that no single operand holds on the smallest {@code
   * +} whose sides each hold a piece of it. Literals and calls are checked on their own, and a
   * name's key is reported where its value is made. One pass over the chain's operands, so a chain
   * of n terms costs O(n), however deep.
   */
  private static void reportInConcatenation(
      RuleContext context, Expression root, List<KeyMatch> keys, Evaluator constants) {
    List<Expression> leaves = Concatenations.operands(root);
    int[] starts = new int[leaves.size() + 1];
    for (int i = 0; i < leaves.size(); i++) {
      Deadline.check();
      Optional<String> text = constants.constantText(leaves.get(i));
      if (text.isEmpty()) {
        return; // the value came otherwise than by concatenating these operands
      }
      starts[i + 1] = starts[i] + text.get().length();
    }
    JavaFile file = context.file();
    for (KeyMatch key : keys) {
      int first = leafAt(starts, key.start());
      int last = leafAt(starts, key.end() - 1);
      if (first == last) {
        continue; // a literal reports its own keys; a name or a call, where its value is made
      }
      Node assembling = commonAncestor(leaves.get(first), leaves.get(last));
      if (assembling instanceof Expression expression) {
        reportAssembled(context, expression, key, constants);
      }
    }
  }

  /**
   * An assembled key, reported on {@code assembling}, where the whole key first exists (as the
   * file's reviewers read it), with the literal of a constant that is the key's whole body, in this
   * file or another, as its secondary location.
   */
  private static void reportAssembled(
      RuleContext context, Expression assembling, KeyMatch key, Evaluator constants) {
    JavaFile file = context.file();
    TextRange joined = file.rangeOf(assembling);
    List<SecondaryLocation> body =
        bodyLiteral(assembling, key, constants)
            .map(literal -> Origins.of(file, literal, joined, "the key's body is written here"))
            .orElse(List.of());
    context.report(joined, message(key), body);
  }

  /**
   * The constant named in {@code assembling} whose value is the key without its prefix, and its
   * literal: {@code PREFIX + BODY}, {@code "phx_" + Keys.BODY}, {@code PREFIX.concat(BODY)}.
   */
  private static Optional<Location> bodyLiteral(
      Expression assembling, KeyMatch key, Evaluator constants) {
    String body = key.key().substring(key.key().indexOf('_') + 1);
    for (Expression name :
        assembling.findAll(
            Expression.class, e -> e instanceof NameExpr || e instanceof FieldAccessExpr)) {
      if (constants.constant(name).filter(body::equals).isPresent()) {
        Optional<Location> literal = constants.literalOf(name);
        if (literal.isPresent()) {
          return literal;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The index of the operand whose text covers {@code offset}: the last one starting at or before
   * it (operands with an empty text cover nothing).
   */
  private static int leafAt(int[] starts, int offset) {
    int low = 0;
    int high = starts.length - 2;
    while (low < high) {
      int middle = (low + high + 1) >>> 1;
      if (starts[middle] <= offset) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return low;
  }

  private static Node commonAncestor(Node a, Node b) {
    Set<Node> above = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Node n = a; n != null; n = n.getParentNode().orElse(null)) {
      above.add(n);
    }
    for (Node n = b; n != null; n = n.getParentNode().orElse(null)) {
      if (above.contains(n)) {
        return n;
      }
    }
    return null;
  }

  /** The two sides of a {@code +}, parentheses removed; none for anything else. */
  private static List<Expression> operandsOfConcatenation(Expression e) {
    if (!(e instanceof BinaryExpr binary) || !Concatenations.isConcatenation(binary)) {
      return List.of();
    }
    return List.of(
        Concatenations.unwrapped(binary.getLeft()), Concatenations.unwrapped(binary.getRight()));
  }

  /** Every secret key the raw text spells, for a file too large to parse: literals and comments. */
  @Override
  public void checkText(SourceFile source, LineMap lines, List<Finding> findings) {
    for (KeyMatch key : PostHogKeys.findSecrets(source.text())) {
      findings.add(
          new Finding(
              ID,
              source.path(),
              lines.rangeOfOffsets(key.start(), key.end()),
              message(key),
              List.of()));
    }
  }

  private static boolean mayAssemble(Expression e) {
    return e instanceof StringLiteralExpr
        || e instanceof TextBlockLiteralExpr
        || e instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS
        || e instanceof MethodCallExpr;
  }

  private static boolean isAssembledHere(KeyMatch key, Expression expression, Evaluator constants) {
    if (expression instanceof MethodCallExpr call
        && call.getArguments().isEmpty()
        && call.getScope()
            .map(s -> constants.semantics().typeNamedBy(s).isPresent())
            .orElse(true)) {
      return false; // FlagSecrets.bearer(): its key is reported where the method makes it
    }
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
