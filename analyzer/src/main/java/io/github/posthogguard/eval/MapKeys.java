package io.github.posthogguard.eval;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.util.Optional;
import java.util.Set;

/**
 * The keys of a map that the code writes as constants: a lookup under one key gets nothing of what
 * was put under another ({@code env.put(Context.SECURITY_CREDENTIALS, password)} is not in {@code
 * env.get(Context.PROVIDER_URL)}).
 */
final class MapKeys {
  private static final Set<String> LOOKUPS = Set.of("get", "getOrDefault", "getProperty", "remove");
  private static final Set<String> PUTS = Set.of("put", "putIfAbsent", "setProperty");

  private MapKeys() {}

  /** The constant key a variable's use is looked up by: {@code env} in {@code env.get(KEY)}. */
  static Optional<String> lookedUpBy(NameExpr use) {
    if (use.getParentNode().orElse(null) instanceof MethodCallExpr call
        && call.getScope().filter(scope -> scope == use).isPresent()
        && LOOKUPS.contains(call.getNameAsString())
        && !call.getArguments().isEmpty()) {
      return constantKey(call.getArgument(0));
    }
    return Optional.empty();
  }

  /**
   * Whether a definition puts a value into the used variable under a key other than {@code key}.
   */
  static boolean putsUnderAnother(Node site, NameExpr use, Optional<String> key) {
    if (key.isEmpty()
        || !(site instanceof MethodCallExpr put)
        || !PUTS.contains(put.getNameAsString())
        || put.getArguments().size() != 2
        || !(put.getScope().orElse(null) instanceof NameExpr map)
        || !map.getNameAsString().equals(use.getNameAsString())) {
      return false;
    }
    return constantKey(put.getArgument(0)).filter(k -> !k.equals(key.get())).isPresent();
  }

  /**
   * A key written as a literal or a constant's name ({@code Context.PROVIDER_URL}, {@code URL}).
   */
  private static Optional<String> constantKey(Expression key) {
    if (key instanceof StringLiteralExpr literal) {
      return Optional.of('"' + literal.getValue() + '"');
    }
    String name =
        key instanceof FieldAccessExpr field
            ? field.getNameAsString()
            : key instanceof NameExpr n ? n.getNameAsString() : null;
    if (name != null && name.chars().noneMatch(Character::isLowerCase)) {
      return Optional.of(key.toString());
    }
    return Optional.empty();
  }
}
