package io.github.posthogguard.values;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.utils.StringEscapeUtils;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates the string value a program will hold, where the source fixes it: literals with their
 * escapes decoded, text blocks, concatenation, {@code concat}/{@code join}, and final fields or
 * final locals of the same file with constant initializers. One instance per parsed file.
 */
public final class ConstantStrings {
  private enum Kind {
    STRING,
    CHAR,
    NUMBER
  }

  private record Constant(String text, Kind kind) {}

  private final CompilationUnit unit;
  private final Map<Expression, Optional<Constant>> values = new IdentityHashMap<>();
  private final Map<VariableDeclarator, Optional<Constant>> variables = new IdentityHashMap<>();
  private final Set<VariableDeclarator> evaluating = new HashSet<>();
  private final Map<Node, Set<String>> localNames = new IdentityHashMap<>();
  private Map<String, List<TypeDeclaration<?>>> typesByName;

  public ConstantStrings(CompilationUnit unit) {
    this.unit = unit;
  }

  /** The string value of {@code expression}, when the source fixes it. */
  public Optional<String> valueOf(Expression expression) {
    return constant(expression).filter(c -> c.kind() == Kind.STRING).map(Constant::text);
  }

  /**
   * The operands whose values make up {@code expression}'s value: empty for a literal, which stands
   * alone. A key found in an expression but in none of its parts was assembled there.
   */
  public List<Expression> parts(Expression expression) {
    if (expression instanceof BinaryExpr binary) {
      return List.of(binary.getLeft(), binary.getRight());
    }
    if (expression instanceof EnclosedExpr enclosed) {
      return List.of(enclosed.getInner());
    }
    if (expression instanceof CastExpr cast) {
      return List.of(cast.getExpression());
    }
    if (expression instanceof MethodCallExpr call) {
      List<Expression> parts = new ArrayList<>();
      call.getScope().ifPresent(parts::add);
      parts.addAll(call.getArguments());
      return parts;
    }
    return List.of();
  }

  private Optional<Constant> constant(Expression expression) {
    Optional<Constant> known = values.get(expression);
    if (known == null) {
      known = evaluate(expression);
      values.put(expression, known);
    }
    return known;
  }

  private Optional<Constant> evaluate(Expression e) {
    if (e instanceof StringLiteralExpr literal) {
      return string(StringEscapeUtils.unescapeJava(literal.getValue()));
    }
    if (e instanceof TextBlockLiteralExpr block) {
      return string(block.translateEscapes());
    }
    if (e instanceof CharLiteralExpr c) {
      return Optional.of(new Constant(StringEscapeUtils.unescapeJava(c.getValue()), Kind.CHAR));
    }
    if (e instanceof IntegerLiteralExpr || e instanceof LongLiteralExpr) {
      return Optional.of(new Constant(e.toString().replaceAll("[_lL]", ""), Kind.NUMBER));
    }
    if (e instanceof EnclosedExpr enclosed) {
      return constant(enclosed.getInner());
    }
    if (e instanceof CastExpr cast && cast.getType().asString().endsWith("String")) {
      return constant(cast.getExpression());
    }
    if (e instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
      return concatenation(binary);
    }
    if (e instanceof MethodCallExpr call) {
      return stringMethod(call);
    }
    if (e instanceof NameExpr name) {
      return declarationOf(name).flatMap(this::variable);
    }
    if (e instanceof FieldAccessExpr access) {
      return fieldOf(access).flatMap(this::variable);
    }
    return Optional.empty();
  }

  private Optional<Constant> concatenation(BinaryExpr binary) {
    Optional<Constant> left = constant(binary.getLeft());
    Optional<Constant> right = left.isPresent() ? constant(binary.getRight()) : Optional.empty();
    if (left.isEmpty() || right.isEmpty()) {
      return Optional.empty();
    }
    // Without a string operand, + is arithmetic: leave it unevaluated.
    if (left.get().kind() != Kind.STRING && right.get().kind() != Kind.STRING) {
      return Optional.empty();
    }
    return string(left.get().text() + right.get().text());
  }

  private Optional<Constant> stringMethod(MethodCallExpr call) {
    String name = call.getNameAsString();
    Optional<Expression> scope = call.getScope();
    if (scope.isEmpty()) {
      return Optional.empty();
    }
    if (isStringClass(scope.get())) {
      return name.equals("join") ? join(call.getArguments()) : Optional.empty();
    }
    boolean noArguments = call.getArguments().isEmpty();
    return switch (name) {
      case "concat" ->
          call.getArguments().size() == 1
              ? both(valueOf(scope.get()), valueOf(call.getArgument(0)))
              : Optional.empty();
      case "toString", "intern" ->
          noArguments ? valueOf(scope.get()).flatMap(ConstantStrings::string) : Optional.empty();
      case "strip", "trim" ->
          noArguments
              ? valueOf(scope.get()).map(String::strip).flatMap(ConstantStrings::string)
              : Optional.empty();
      default -> Optional.empty();
    };
  }

  private static Optional<Constant> both(Optional<String> left, Optional<String> right) {
    return left.isPresent() && right.isPresent()
        ? string(left.get() + right.get())
        : Optional.empty();
  }

  private Optional<Constant> join(List<Expression> arguments) {
    List<String> parts = new ArrayList<>();
    for (Expression argument : arguments) {
      Optional<String> value = valueOf(argument);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      parts.add(value.get());
    }
    return parts.isEmpty()
        ? Optional.empty()
        : string(String.join(parts.get(0), parts.subList(1, parts.size())));
  }

  private static boolean isStringClass(Expression scope) {
    String text = scope.toString();
    return text.equals("String") || text.equals("java.lang.String");
  }

  private Optional<Constant> variable(VariableDeclarator declarator) {
    Optional<Constant> known = variables.get(declarator);
    if (known != null) {
      return known;
    }
    if (!evaluating.add(declarator)) {
      return Optional.empty(); // a cycle of constants: javac rejects it; so do we
    }
    try {
      known =
          isConstantVariable(declarator)
              ? declarator.getInitializer().flatMap(this::constant)
              : Optional.empty();
    } finally {
      evaluating.remove(declarator);
    }
    variables.put(declarator, known);
    return known;
  }

  private static boolean isConstantVariable(VariableDeclarator declarator) {
    Optional<Node> parent = declarator.getParentNode();
    if (parent.isPresent() && parent.get() instanceof FieldDeclaration field) {
      boolean inInterface =
          field
              .getParentNode()
              .filter(p -> p instanceof TypeDeclaration<?> t && isInterface(t))
              .isPresent();
      return field.isFinal() || inInterface;
    }
    if (parent.isPresent() && parent.get() instanceof VariableDeclarationExpr local) {
      return local.isFinal();
    }
    return false;
  }

  private static boolean isInterface(TypeDeclaration<?> type) {
    return type.isClassOrInterfaceDeclaration()
        && type.asClassOrInterfaceDeclaration().isInterface();
  }

  /** The declarator a simple name refers to: a local, then fields of enclosing types. */
  private Optional<VariableDeclarator> declarationOf(NameExpr name) {
    String identifier = name.getNameAsString();
    for (Node scope = name.getParentNode().orElse(null);
        scope != null;
        scope = scope.getParentNode().orElse(null)) {
      if (scope instanceof CallableDeclaration<?>
          || scope instanceof LambdaExpr
          || scope instanceof InitializerDeclaration) {
        if (localNames.computeIfAbsent(scope, ConstantStrings::localNamesOf).contains(identifier)) {
          return localDeclarator(scope, identifier);
        }
      }
      if (scope instanceof TypeDeclaration<?> type) {
        Optional<VariableDeclarator> field = field(type, identifier);
        if (field.isPresent()) {
          return field;
        }
      }
    }
    return Optional.empty();
  }

  /** Parameters, pattern variables and local variables declared anywhere in a callable. */
  private static Set<String> localNamesOf(Node callable) {
    Set<String> names = new HashSet<>();
    callable.findAll(Parameter.class).forEach(p -> names.add(p.getNameAsString()));
    callable.findAll(TypePatternExpr.class).forEach(p -> names.add(p.getNameAsString()));
    callable
        .findAll(VariableDeclarationExpr.class)
        .forEach(v -> v.getVariables().forEach(d -> names.add(d.getNameAsString())));
    return names;
  }

  /** A final local is a constant only when it is the one variable of that name in the callable. */
  private static Optional<VariableDeclarator> localDeclarator(Node callable, String identifier) {
    List<VariableDeclarator> locals =
        callable.findAll(
            VariableDeclarator.class,
            v ->
                v.getNameAsString().equals(identifier)
                    && v.getParentNode()
                        .filter(p -> p instanceof VariableDeclarationExpr)
                        .isPresent());
    boolean shadowedByParameter =
        callable
            .findFirst(Parameter.class, p -> p.getNameAsString().equals(identifier))
            .isPresent();
    return locals.size() == 1 && !shadowedByParameter
        ? Optional.of(locals.get(0))
        : Optional.empty();
  }

  private Optional<VariableDeclarator> fieldOf(FieldAccessExpr access) {
    String identifier = access.getNameAsString();
    Expression scope = access.getScope();
    if (scope.isThisExpr()) {
      return access.findAncestor(TypeDeclaration.class).flatMap(t -> field(t, identifier));
    }
    String typeName = scope instanceof FieldAccessExpr f ? f.getNameAsString() : scope.toString();
    if (typesByName == null) {
      typesByName = new HashMap<>();
      for (TypeDeclaration<?> type : unit.findAll(TypeDeclaration.class)) {
        typesByName.computeIfAbsent(type.getNameAsString(), n -> new ArrayList<>()).add(type);
      }
    }
    List<TypeDeclaration<?>> types = typesByName.getOrDefault(typeName, List.of());
    return types.size() == 1 ? field(types.get(0), identifier) : Optional.empty();
  }

  /** The variable of a field named {@code identifier} declared in {@code type}. */
  static Optional<VariableDeclarator> field(TypeDeclaration<?> type, String identifier) {
    for (FieldDeclaration field : type.getFields()) {
      for (VariableDeclarator variable : field.getVariables()) {
        if (variable.getNameAsString().equals(identifier)) {
          return Optional.of(variable);
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Constant> string(String text) {
    return Optional.of(new Constant(text, Kind.STRING));
  }
}
