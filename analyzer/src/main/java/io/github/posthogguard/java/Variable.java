package io.github.posthogguard.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.util.Optional;

/**
 * A declared variable of one file: a field, record component, enum constant, parameter, lambda
 * parameter, local, pattern variable, catch parameter or resource. Compared by identity: two
 * variables are the same only if they are the same declaration.
 */
public final class Variable {
  /** Where a variable is declared. */
  public enum Kind {
    FIELD,
    RECORD_COMPONENT,
    ENUM_CONSTANT,
    PARAMETER,
    LAMBDA_PARAMETER,
    LOCAL,
    FOR_EACH,
    PATTERN,
    CATCH_PARAMETER,
    RESOURCE
  }

  private final String name;
  private final JavaType type;
  private final Kind kind;
  private final Node declaration;
  private final NodeWithAnnotations<?> annotated;
  private final Expression initializer;
  private final boolean isFinal;
  private final boolean isStatic;
  private final TypeDeclaration<?> owner;

  Variable(
      String name,
      JavaType type,
      Kind kind,
      Node declaration,
      NodeWithAnnotations<?> annotated,
      Expression initializer,
      boolean isFinal,
      boolean isStatic,
      TypeDeclaration<?> owner) {
    this.name = name;
    this.type = type;
    this.kind = kind;
    this.declaration = declaration;
    this.annotated = annotated;
    this.initializer = initializer;
    this.isFinal = isFinal;
    this.isStatic = isStatic;
    this.owner = owner;
  }

  public String name() {
    return name;
  }

  /**
   * The declared type; {@link JavaType.Kind#INFERRED} for {@code var} and untyped lambda
   * parameters.
   */
  public JavaType type() {
    return type;
  }

  public Kind kind() {
    return kind;
  }

  /**
   * The declaring node: a {@code VariableDeclarator}, {@code Parameter}, pattern or enum constant.
   */
  public Node declaration() {
    return declaration;
  }

  /** The node whose annotations apply: the field or local declaration, the parameter. */
  public NodeWithAnnotations<?> annotated() {
    return annotated;
  }

  /**
   * The initializer; for a for-each variable the iterated expression; for a pattern variable the
   * tested expression.
   */
  public Optional<Expression> initializer() {
    return Optional.ofNullable(initializer);
  }

  public boolean isFinal() {
    return isFinal;
  }

  public boolean isStatic() {
    return isStatic;
  }

  /** The type declaring a field, record component or enum constant; null for the others. */
  public TypeDeclaration<?> owner() {
    return owner;
  }

  public boolean isField() {
    return kind == Kind.FIELD || kind == Kind.RECORD_COMPONENT || kind == Kind.ENUM_CONSTANT;
  }

  /** A final field or local with an initializer: a constant when its initializer is one. */
  public boolean isConstantCandidate() {
    return isFinal && initializer != null && (kind == Kind.FIELD || kind == Kind.LOCAL);
  }

  @Override
  public String toString() {
    return kind + " " + type + " " + name;
  }
}
