package io.github.posthogguard.eval;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithBody;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import io.github.posthogguard.java.JavaSemantics;
import io.github.posthogguard.java.Variable;
import io.github.posthogguard.model.ModelRow;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each variable of a file gets its values: its initializer, the assignments to it, and the
 * calls that add to it ({@code sb.append(x)}, {@code map.put(k, v)}). For a local, the definitions
 * that may reach a use: those before it in the source, back to the last one that certainly runs
 * before it (an assignment in a branch, a loop or a lambda does not hide the ones before it). For a
 * field, all of them: a field may be set by any method of its class.
 */
final class Definitions {
  /**
   * A place where a variable gets a value: the node, the value, and whether it adds to the
   * variable's value (a {@code +=}, an {@code append}) rather than replacing it.
   */
  record Definition(Node site, Expression value, boolean adds) {
    @Override
    public boolean equals(Object other) {
      return this == other;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }

  private final Map<Variable, List<Definition>> byVariable = new IdentityHashMap<>();

  Definitions(JavaSemantics semantics) {
    semantics.walk(
        node -> {
          if (node instanceof AssignExpr assign
              && assign.getTarget() instanceof FieldAccessExpr member
              && member.getScope() instanceof NameExpr owner
              && semantics.variable(owner).isPresent()) {
            // obj.field = value: the object now carries the value
            add(semantics.variable(owner).get(), new Definition(assign, assign.getValue(), true));
          }
          if (node instanceof AssignExpr assign) {
            target(semantics, assign.getTarget())
                .ifPresent(
                    v ->
                        add(
                            v,
                            new Definition(
                                assign,
                                assign.getValue(),
                                assign.getOperator() != AssignExpr.Operator.ASSIGN)));
          } else if (node instanceof MethodCallExpr call && call.getScope().isPresent()) {
            Expression root = call.getScope().get();
            while (root instanceof MethodCallExpr inner && inner.getScope().isPresent()) {
              root = inner.getScope().get();
            }
            target(semantics, root).ifPresent(v -> add(v, new Definition(call, call, true)));
          }
          if (node instanceof MethodCallExpr call && writesAnArgument(semantics, call)) {
            // matcher.appendTail(sb): the call writes into a variable it is given
            for (Expression argument : call.getArguments()) {
              target(semantics, argument).ifPresent(v -> add(v, new Definition(call, call, true)));
            }
          }
        });
  }

  /** Whether a propagator row of the call's name writes into one of its arguments. */
  private static boolean writesAnArgument(JavaSemantics semantics, MethodCallExpr call) {
    for (ModelRow row : semantics.model().candidates("propagators", call.getNameAsString())) {
      for (String to : row.list("to")) {
        if (!to.isEmpty() && Character.isDigit(to.charAt(0))) {
          return true;
        }
      }
    }
    return false;
  }

  private void add(Variable variable, Definition definition) {
    byVariable.computeIfAbsent(variable, v -> new ArrayList<>()).add(definition);
  }

  private static Optional<Variable> target(JavaSemantics semantics, Expression target) {
    if (target instanceof NameExpr name) {
      return semantics.variable(name);
    }
    if (target instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr) {
      return semantics.field(access);
    }
    return Optional.empty();
  }

  /** Every assignment to and call on the variable, in source order. */
  List<Definition> of(Variable variable) {
    return byVariable.getOrDefault(variable, List.of());
  }

  /**
   * The definitions of a local that may reach {@code use}: before it in the source, from the last
   * plain assignment that certainly runs before it on; and whether that assignment hides the
   * initializer.
   */
  Reaching reaching(Variable variable, Node use) {
    List<Definition> all = of(variable);
    Position at = begin(use);
    List<Definition> reaching = new ArrayList<>();
    for (int i = all.size() - 1; i >= 0; i--) {
      Definition d = all.get(i);
      if (!end(d.site()).isBefore(at) || isInside(use, d.site())) {
        continue;
      }
      reaching.add(d);
      if (!d.adds() && certainlyRunsBefore(d.site(), use)) {
        return new Reaching(reaching, true);
      }
    }
    return new Reaching(reaching, false);
  }

  /** Definitions that reach a use, latest first; {@code hidesInitializer} if one always runs. */
  record Reaching(List<Definition> definitions, boolean hidesInitializer) {}

  /**
   * Whether {@code definition} runs whenever {@code use} does: no branch, loop body, lambda or
   * catch block lies between it and what it shares with the use.
   */
  static boolean certainlyRunsBefore(Node definition, Node use) {
    Node child = definition;
    for (Node parent = definition.getParentNode().orElse(null);
        parent != null && !isAncestorOrSelf(parent, use);
        child = parent, parent = parent.getParentNode().orElse(null)) {
      if (isConditional(parent, child)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isConditional(Node parent, Node child) {
    if (parent instanceof IfStmt s) {
      return child != s.getCondition();
    }
    if (parent instanceof ConditionalExpr c) {
      return child != c.getCondition();
    }
    if (parent instanceof BinaryExpr b) {
      return child == b.getRight()
          && (b.getOperator() == BinaryExpr.Operator.AND
              || b.getOperator() == BinaryExpr.Operator.OR);
    }
    if (parent instanceof NodeWithBody<?> loop) {
      return child == loop.getBody();
    }
    return parent instanceof SwitchEntry
        || parent instanceof CatchClause
        || parent instanceof LambdaExpr;
  }

  private static boolean isAncestorOrSelf(Node ancestor, Node node) {
    for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
      if (n == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static boolean isInside(Node node, Node ancestor) {
    return node != ancestor && isAncestorOrSelf(ancestor, node);
  }

  static Position begin(Node node) {
    return node.getRange().map(r -> r.begin).orElse(Position.HOME);
  }

  static Position end(Node node) {
    return node.getRange().map(r -> r.end).orElse(Position.HOME);
  }
}
