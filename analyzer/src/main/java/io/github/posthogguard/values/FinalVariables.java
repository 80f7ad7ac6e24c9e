package io.github.posthogguard.values;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import java.util.List;
import java.util.Optional;

/**
 * The initializer of the final variable a name stands for, when the same file declares it: a final
 * (or interface) field of an enclosing type or of a type named once in the file, or the one final
 * local of that name in the enclosing method. A parameter or a non-final variable has none.
 */
public final class FinalVariables {
  private final CompilationUnit unit;

  public FinalVariables(CompilationUnit unit) {
    this.unit = unit;
  }

  /**
   * The initializer of the final variable {@code expression} names ({@code X}, {@code this.X},
   * {@code T.X}).
   */
  public Optional<Expression> initializerOf(Expression expression) {
    Optional<VariableDeclarator> declarator =
        expression instanceof NameExpr name
            ? declarationOf(name)
            : expression instanceof FieldAccessExpr access ? fieldOf(access) : Optional.empty();
    return declarator.filter(FinalVariables::isFinal).flatMap(VariableDeclarator::getInitializer);
  }

  private static Optional<VariableDeclarator> declarationOf(NameExpr name) {
    String identifier = name.getNameAsString();
    for (Node scope = name.getParentNode().orElse(null);
        scope != null;
        scope = scope.getParentNode().orElse(null)) {
      if (scope instanceof CallableDeclaration<?>
          || scope instanceof CompactConstructorDeclaration
          || scope instanceof LambdaExpr
          || scope instanceof InitializerDeclaration) {
        if (declaresLocally(scope, identifier)) {
          return uniqueLocal(scope, identifier);
        }
      }
      if (scope instanceof TypeDeclaration<?> type) {
        Optional<VariableDeclarator> field = ConstantStrings.field(type, identifier);
        if (field.isPresent()) {
          return field;
        }
      }
    }
    return Optional.empty();
  }

  private static boolean declaresLocally(Node callable, String identifier) {
    return callable
            .findFirst(Parameter.class, p -> p.getNameAsString().equals(identifier))
            .isPresent()
        || callable
            .findFirst(TypePatternExpr.class, p -> p.getNameAsString().equals(identifier))
            .isPresent()
        || !locals(callable, identifier).isEmpty();
  }

  /** A local is a constant only when it is the one variable of that name in the callable. */
  private static Optional<VariableDeclarator> uniqueLocal(Node callable, String identifier) {
    List<VariableDeclarator> locals = locals(callable, identifier);
    boolean shadowed =
        callable.findFirst(Parameter.class, p -> p.getNameAsString().equals(identifier)).isPresent()
            || callable
                .findFirst(TypePatternExpr.class, p -> p.getNameAsString().equals(identifier))
                .isPresent();
    return locals.size() == 1 && !shadowed ? Optional.of(locals.get(0)) : Optional.empty();
  }

  private static List<VariableDeclarator> locals(Node callable, String identifier) {
    return callable.findAll(
        VariableDeclarator.class,
        v ->
            v.getNameAsString().equals(identifier)
                && v.getParentNode().filter(p -> p instanceof VariableDeclarationExpr).isPresent());
  }

  private Optional<VariableDeclarator> fieldOf(FieldAccessExpr access) {
    String identifier = access.getNameAsString();
    Expression scope = access.getScope();
    if (scope.isThisExpr()) {
      return access
          .findAncestor(TypeDeclaration.class)
          .flatMap(t -> ConstantStrings.field(t, identifier));
    }
    String typeName = scope instanceof FieldAccessExpr f ? f.getNameAsString() : scope.toString();
    List<TypeDeclaration> types =
        unit.findAll(TypeDeclaration.class, t -> t.getNameAsString().equals(typeName));
    return types.size() == 1 ? ConstantStrings.field(types.get(0), identifier) : Optional.empty();
  }

  private static boolean isFinal(VariableDeclarator declarator) {
    Optional<Node> parent = declarator.getParentNode();
    if (parent.isPresent() && parent.get() instanceof FieldDeclaration field) {
      boolean inInterface =
          field
              .getParentNode()
              .filter(
                  p ->
                      p instanceof TypeDeclaration<?> t
                          && t.isClassOrInterfaceDeclaration()
                          && t.asClassOrInterfaceDeclaration().isInterface())
              .isPresent();
      return field.isFinal() || inInterface;
    }
    return parent.isPresent()
        && parent.get() instanceof VariableDeclarationExpr local
        && local.isFinal();
  }
}
