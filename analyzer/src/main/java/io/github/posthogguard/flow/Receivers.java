package io.github.posthogguard.flow;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import java.util.List;
import java.util.Optional;

/**
 * What a call's receiver is, told by the declaration of the variable it names and the file's
 * imports, or by the type a call chain starts from; never by a variable's name alone.
 */
final class Receivers {
  private final Imports imports;

  Receivers(Imports imports) {
    this.imports = imports;
  }

  Imports imports() {
    return imports;
  }

  /** A variable, parameter or field declared as {@code qualified} (type arguments aside). */
  boolean isDeclaredAs(Expression receiver, String qualified) {
    return declaredType(receiver).map(t -> imports.mayBe(t, qualified)).orElse(false);
  }

  /** A variable, parameter or field declared with a type of a package under {@code prefix}. */
  boolean isDeclaredFrom(Expression receiver, String prefix) {
    return declaredType(receiver).map(t -> imports.mayBeFrom(t, prefix)).orElse(false);
  }

  /**
   * A call chain that starts from a static call on {@code qualified} ({@code ServerResponse.ok()…})
   * or from a {@code new qualified(..)} ({@code new NewCookie.Builder(..)…}).
   */
  boolean chainStartsAt(Expression receiver, String qualified) {
    Expression root = rootOf(receiver);
    if (root instanceof NameExpr type) {
      return root != receiver && imports.mayBe(type.getNameAsString(), qualified);
    }
    return root instanceof ObjectCreationExpr creation
        && imports.mayBe(creation.getType().getNameWithScope(), qualified);
  }

  /** A call on the type itself: {@code SseEmitter.event()}, {@code ResponseCookie.from(..)}. */
  boolean isType(Expression receiver, String qualified) {
    return receiver instanceof NameExpr type && imports.mayBe(type.getNameAsString(), qualified);
  }

  static Expression rootOf(Expression receiver) {
    Expression root = receiver;
    while (root instanceof MethodCallExpr call && call.getScope().isPresent()) {
      root = call.getScope().get();
    }
    return root;
  }

  /** {@code args} from index {@code from} on; none when there are fewer. */
  static List<Expression> from(List<Expression> args, int from) {
    return args.size() > from ? args.subList(from, args.size()) : List.of();
  }

  private static Optional<String> declaredType(Expression receiver) {
    return receiver instanceof NameExpr name
        ? Declarations.of(name).map(d -> d.type().asString().replaceAll("<.*>", ""))
        : Optional.empty();
  }
}
