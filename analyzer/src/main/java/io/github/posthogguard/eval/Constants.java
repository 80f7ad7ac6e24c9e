package io.github.posthogguard.eval;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.utils.StringEscapeUtils;
import io.github.posthogguard.java.AccessorNames;
import io.github.posthogguard.java.JavaSemantics;
import io.github.posthogguard.java.JavaType;
import io.github.posthogguard.java.Variable;
import io.github.posthogguard.model.ModelCoverage;
import io.github.posthogguard.model.ModelRow;
import io.github.posthogguard.project.ProjectView;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The string and boolean values the source fixes: literals with their escapes decoded, text blocks,
 * concatenation, {@code concat}/{@code join}/{@code strip}, and constants (final fields and final
 * locals with constant initializers) of this file, of other files of the project and of libraries
 * the models know ({@code HttpHeaders.AUTHORIZATION}). A constant of another file is a {@link Ref}
 * in the value's parts until the project resolves it.
 */
final class Constants {
  /**
   * A constant value: its parts (strings and references to constants of other files). A
   * concatenation keeps its two sides and is flattened when its parts are asked for: a chain of n
   * {@code +} then costs O(n), where flattening every link would cost O(n²) in time and memory.
   */
  private static final class Value {
    private final boolean isString;
    private final Value left;
    private final Value right;
    private List<Object> parts;

    Value(List<Object> parts, boolean isString) {
      this.parts = parts;
      this.isString = isString;
      this.left = null;
      this.right = null;
    }

    private Value(Value left, Value right) {
      this.isString = true;
      this.left = left;
      this.right = right;
    }

    static Value string(String text) {
      return new Value(List.of(text), true);
    }

    static Value concat(Value left, Value right) {
      return new Value(left, right);
    }

    boolean isString() {
      return isString;
    }

    /** The parts in order, adjacent strings joined; flattened without recursion, once. */
    List<Object> parts() {
      if (parts == null) {
        List<Object> flat = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Deque<Value> pending = new ArrayDeque<>();
        pending.push(this);
        while (!pending.isEmpty()) {
          Value value = pending.pop();
          if (value.parts == null) {
            pending.push(value.right);
            pending.push(value.left);
            continue;
          }
          for (Object part : value.parts) {
            if (part instanceof String s) {
              text.append(s);
            } else {
              if (text.length() > 0) {
                flat.add(text.toString());
                text.setLength(0);
              }
              flat.add(part);
            }
          }
        }
        if (text.length() > 0 || flat.isEmpty()) {
          flat.add(text.toString());
        }
        parts = List.copyOf(flat);
      }
      return parts;
    }

    Optional<String> text() {
      StringBuilder text = new StringBuilder();
      for (Object part : parts()) {
        if (!(part instanceof String s)) {
          return Optional.empty();
        }
        text.append(s);
      }
      return Optional.of(text.toString());
    }
  }

  private final JavaSemantics semantics;
  private final ProjectView project;
  private final Calls calls;
  private final Map<Expression, Optional<Value>> values = new IdentityHashMap<>();
  private final Map<Variable, Optional<Value>> variables = new IdentityHashMap<>();
  private final Set<Object> evaluating = Collections.newSetFromMap(new IdentityHashMap<>());

  Constants(JavaSemantics semantics, Calls calls) {
    this.semantics = semantics;
    this.project = semantics.project();
    this.calls = calls;
  }

  /** The string value of {@code e} where the source (and the project) fixes it. */
  Optional<String> string(Expression e) {
    return value(e).filter(Value::isString).flatMap(this::resolved);
  }

  /**
   * The values a loop variable takes over a fixed list of strings: {@code name} in {@code for
   * (String name : NAMES)} with {@code NAMES = List.of("POSTHOG_HOST", "POSTHOG_PERSONAL_API_KEY")}
   * (also {@code Set.of}, {@code Arrays.asList}, {@code Stream.of} or an array); empty for any
   * other expression, or where an element is no constant.
   */
  List<String> eachOf(Expression e) {
    if (!(e instanceof NameExpr name)) {
      return List.of();
    }
    Optional<Variable> variable = semantics.variable(name);
    if (variable.isEmpty() || variable.get().kind() != Variable.Kind.FOR_EACH) {
      return List.of();
    }
    return variable.get().initializer().map(this::elements).orElse(List.of());
  }

  private List<String> elements(Expression e) {
    Optional<Variable> named =
        e instanceof NameExpr name
            ? semantics.variable(name)
            : e instanceof FieldAccessExpr access ? semantics.field(access) : Optional.empty();
    if (named.isPresent()) {
      return named.get().isFinal() && named.get().initializer().isPresent()
          ? elements(named.get().initializer().get())
          : List.of();
    }
    List<Expression> items = List.of();
    if (e instanceof MethodCallExpr call
        && LIST_FACTORIES.contains(call.getNameAsString())
        && call.getScope().flatMap(semantics::typeNamedBy).isPresent()) {
      items = call.getArguments();
    } else if (e instanceof ArrayCreationExpr array && array.getInitializer().isPresent()) {
      items = array.getInitializer().get().getValues();
    } else if (e instanceof ArrayInitializerExpr initializer) {
      items = initializer.getValues();
    }
    List<String> strings = new ArrayList<>();
    for (Expression item : items) {
      Optional<String> text = string(item);
      if (text.isEmpty()) {
        return List.of();
      }
      strings.add(text.get());
    }
    return strings;
  }

  private static final Set<String> LIST_FACTORIES = Set.of("of", "asList", "copyOf");

  /**
   * The parts of a constant string value, references to other files' constants unresolved: what a
   * summary keeps of a constant.
   */
  Optional<List<Object>> parts(Expression e) {
    return value(e).filter(Value::isString).map(Value::parts);
  }

  private Optional<String> resolved(Value value) {
    Optional<String> text = value.text();
    if (text.isPresent()) {
      return text;
    }
    StringBuilder all = new StringBuilder();
    for (Object part : value.parts()) {
      if (part instanceof Ref ref) {
        Optional<String> resolved = project.constant(ref.type(), ref.member());
        if (resolved.isEmpty()) {
          return Optional.empty();
        }
        all.append(resolved.get());
      } else {
        all.append(part);
      }
    }
    return Optional.of(all.toString());
  }

  /**
   * The text of {@code e}'s constant value, string or not ({@code 1} of {@code "k" + 1}): what each
   * operand adds to a concatenation's string.
   */
  Optional<String> text(Expression e) {
    return value(e).flatMap(this::resolved);
  }

  /** The boolean value of {@code e} where the source fixes it. */
  Optional<Boolean> bool(Expression e) {
    if (e instanceof BooleanLiteralExpr literal) {
      return Optional.of(literal.getValue());
    }
    if (e instanceof EnclosedExpr enclosed) {
      return bool(enclosed.getInner());
    }
    if (e instanceof UnaryExpr unary
        && unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
      return bool(unary.getExpression()).map(v -> !v);
    }
    if (e instanceof FieldAccessExpr access
        && semantics
            .typeNamedBy(access.getScope())
            .filter(t -> t.is("java.lang.Boolean"))
            .isPresent()) {
      return switch (access.getNameAsString()) {
        case "TRUE" -> Optional.of(true);
        case "FALSE" -> Optional.of(false);
        default -> Optional.empty();
      };
    }
    if (e instanceof MethodCallExpr getter
        && getter.getArguments().isEmpty()
        && getter.getScope().isPresent()) {
      // settings.isDebug() of another file's holder: the field its getter reads
      JavaType owner = semantics.typeOf(getter.getScope().get());
      return owner.kind() == JavaType.Kind.CLASS
              && !owner.isArray()
              && semantics.typeDeclaration(owner.name()).isEmpty()
              && project.declares(owner.name())
          ? otherFileBoolean(owner.name(), AccessorNames.booleanProperty(getter.getNameAsString()))
          : Optional.empty();
    }
    Optional<Variable> variable =
        e instanceof NameExpr name
            ? semantics.variable(name)
            : e instanceof FieldAccessExpr access ? semantics.field(access) : Optional.empty();
    if (variable.isEmpty() && e instanceof FieldAccessExpr access) {
      return semantics
          .typeNamedBy(access.getScope())
          .filter(owner -> owner.kind() == JavaType.Kind.CLASS)
          .flatMap(owner -> otherFileBoolean(owner.name(), access.getNameAsString()));
    }
    if (variable.isEmpty()
        || !variable.get().isConstantCandidate()
        || !evaluating.add(variable.get())) {
      return Optional.empty();
    }
    try {
      return variable.get().initializer().flatMap(this::bool);
    } finally {
      evaluating.remove(variable.get());
    }
  }

  /** A boolean constant of another file of the project: {@code BuildInfo.SDK_DEBUG}. */
  private Optional<Boolean> otherFileBoolean(String owner, String field) {
    project.demandMember(owner, field);
    return project
        .constant(owner, field)
        .filter(v -> v.equals("true") || v.equals("false"))
        .map(Boolean::valueOf);
  }

  private Optional<Value> value(Expression e) {
    Optional<Value> known = values.get(e);
    if (known != null) {
      return known;
    }
    if (!evaluating.add(e)) {
      return Optional.empty();
    }
    try {
      known = compute(e);
    } finally {
      evaluating.remove(e);
    }
    values.put(e, known);
    return known;
  }

  private Optional<Value> compute(Expression e) {
    if (e instanceof StringLiteralExpr literal) {
      return Optional.of(Value.string(StringEscapeUtils.unescapeJava(literal.getValue())));
    }
    if (e instanceof TextBlockLiteralExpr block) {
      return Optional.of(Value.string(block.translateEscapes()));
    }
    if (e instanceof CharLiteralExpr c) {
      return Optional.of(new Value(List.of(StringEscapeUtils.unescapeJava(c.getValue())), false));
    }
    if (e instanceof IntegerLiteralExpr || e instanceof LongLiteralExpr) {
      return Optional.of(new Value(List.of(e.toString().replaceAll("[_lL]", "")), false));
    }
    if (e instanceof EnclosedExpr enclosed) {
      return value(enclosed.getInner());
    }
    if (e instanceof CastExpr cast && cast.getType().asString().endsWith("String")) {
      return value(cast.getExpression());
    }
    if (e instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
      Optional<Value> left = value(binary.getLeft());
      Optional<Value> right = left.isPresent() ? value(binary.getRight()) : Optional.empty();
      if (right.isEmpty() || !left.get().isString() && !right.get().isString()) {
        return Optional.empty();
      }
      return Optional.of(Value.concat(left.get(), right.get()));
    }
    if (e instanceof MethodCallExpr call) {
      return stringMethod(call);
    }
    if (e instanceof NameExpr name) {
      Optional<Variable> variable = semantics.variable(name);
      if (variable.isPresent()) {
        return ofVariable(variable.get());
      }
      return staticallyImported(name.getNameAsString());
    }
    if (e instanceof FieldAccessExpr access) {
      Optional<Variable> field = semantics.field(access);
      if (field.isPresent()) {
        return ofVariable(field.get());
      }
      return semantics
          .typeNamedBy(access.getScope())
          .flatMap(t -> otherFile(t, access.getNameAsString()));
    }
    return Optional.empty();
  }

  /** A constant of a library the models know, or a reference to a constant of another file. */
  private Optional<Value> otherFile(JavaType owner, String field) {
    String qualified = owner.name() + "." + field;
    for (ModelRow row : semantics.model().rows("constants")) {
      String modelled = row.require("field");
      if (modelled.equals(qualified)
          || owner.kind() == JavaType.Kind.UNRESOLVED
              && semantics
                  .types()
                  .mayBe(
                      new JavaType(owner.name(), owner.kind(), List.of(), 0),
                      modelled.substring(0, modelled.lastIndexOf('.')))
              && modelled.endsWith("." + qualified)) {
        ModelCoverage.hit(row);
        return Optional.of(Value.string(row.require("value")));
      }
    }
    if (owner.kind() != JavaType.Kind.CLASS) {
      return Optional.empty();
    }
    // its value may complete a key, a header's or a secret's name
    project.demandMember(owner.name(), field);
    return Optional.of(new Value(List.of(Ref.field(owner.name(), field)), true));
  }

  private Optional<Value> staticallyImported(String name) {
    for (String owner : semantics.types().staticImportOwners(name)) {
      if (project.declares(owner)) {
        project.demandMember(owner, name);
        return Optional.of(new Value(List.of(Ref.field(owner, name)), true));
      }
    }
    return Optional.empty();
  }

  private Optional<Value> ofVariable(Variable variable) {
    if (!variable.isConstantCandidate()) {
      return Optional.empty();
    }
    Optional<Value> known = variables.get(variable);
    if (known != null) {
      return known;
    }
    if (!evaluating.add(variable)) {
      return Optional.empty(); // a cycle of constants: javac rejects it
    }
    try {
      known = variable.initializer().flatMap(this::value);
    } finally {
      evaluating.remove(variable);
    }
    variables.put(variable, known);
    return known;
  }

  /** The expression a method's body is {@code return expression;} of, and nothing else. */
  static Optional<Expression> returnedExpression(MethodDeclaration method) {
    return method
        .getBody()
        .filter(body -> body.getStatements().size() == 1)
        .map(body -> body.getStatement(0))
        .filter(ReturnStmt.class::isInstance)
        .flatMap(statement -> ((ReturnStmt) statement).getExpression());
  }

  private Optional<Value> stringMethod(MethodCallExpr call) {
    String name = call.getNameAsString();
    Optional<Expression> scope = call.getScope();
    if (call.getArguments().isEmpty()) {
      Optional<Value> returned = constantMethod(call, scope);
      if (returned.isPresent()) {
        return returned;
      }
    }
    for (ModelRow row : calls.matching("textNames", call)) {
      int arg = Integer.parseInt(row.require("arg"));
      return arg < call.getArguments().size() ? value(call.getArgument(arg)) : Optional.empty();
    }
    if (scope.isEmpty()) {
      return Optional.empty();
    }
    if (semantics.typeNamedBy(scope.get()).filter(t -> t.is("java.lang.String")).isPresent()) {
      if (!name.equals("join") || call.getArguments().isEmpty()) {
        return Optional.empty();
      }
      List<Value> parts = new ArrayList<>();
      for (Expression argument : call.getArguments()) {
        Optional<String> text = string(argument);
        if (text.isEmpty()) {
          return Optional.empty();
        }
        parts.add(Value.string(text.get()));
      }
      String delimiter = (String) parts.get(0).parts().get(0);
      List<String> joined =
          parts.subList(1, parts.size()).stream().map(p -> (String) p.parts().get(0)).toList();
      return Optional.of(Value.string(String.join(delimiter, joined)));
    }
    boolean noArguments = call.getArguments().isEmpty();
    return switch (name) {
      case "concat" ->
          call.getArguments().size() == 1
              ? both(value(scope.get()), value(call.getArgument(0)))
              : Optional.empty();
      case "append" ->
          call.getArguments().size() == 1
              ? both(builder(scope.get()), value(call.getArgument(0)))
              : Optional.empty();
      case "toString", "intern" ->
          noArguments
              ? builder(scope.get()).or(() -> value(scope.get())).filter(Value::isString)
              : Optional.empty();
      case "strip", "trim" ->
          noArguments
              ? string(scope.get()).map(String::strip).map(Value::string)
              : Optional.empty();
      default -> Optional.empty();
    };
  }

  /**
   * What a {@code StringBuilder} or {@code StringBuffer} chain written in one expression holds:
   * {@code new StringBuilder(PREFIX).append(BODY)}; a capacity is no text.
   */
  private Optional<Value> builder(Expression e) {
    if (e instanceof MethodCallExpr append && append.getNameAsString().equals("append")) {
      return value(append);
    }
    if (!(e instanceof ObjectCreationExpr creation)
        || creation.getAnonymousClassBody().isPresent()
        || !TEXT_BUILDERS.contains(creation.getType().getNameAsString())
        || creation.getArguments().size() > 1) {
      return Optional.empty();
    }
    if (creation.getArguments().isEmpty()) {
      return Optional.of(Value.string(""));
    }
    Optional<Value> initial = value(creation.getArgument(0)).filter(Value::isString);
    if (initial.isPresent()) {
      return initial;
    }
    return semantics.typeOf(creation.getArgument(0)).equals(JavaType.INT)
        ? Optional.of(Value.string(""))
        : Optional.empty();
  }

  private static final Set<String> TEXT_BUILDERS = Set.of("StringBuilder", "StringBuffer");

  /**
   * A static method without parameters that returns a constant string: of this file, its value; of
   * another file, a reference its summary resolves ({@code PostHogDefaults.keyBody()}).
   */
  private Optional<Value> constantMethod(MethodCallExpr call, Optional<Expression> scope) {
    Optional<MethodDeclaration> declared = semantics.declarationOf(call);
    if (declared.isPresent()) {
      return declared.get().isStatic()
          ? returnedExpression(declared.get()).flatMap(this::value).filter(Value::isString)
          : Optional.empty();
    }
    Optional<JavaType> owner = scope.flatMap(semantics::typeNamedBy);
    if (owner.isEmpty() || !semantics.mayBeOtherFileType(owner.get())) {
      return Optional.empty();
    }
    project.demandMember(owner.get().name(), call.getNameAsString());
    return Optional.of(
        new Value(List.of(Ref.field(owner.get().name(), call.getNameAsString() + "()")), true));
  }

  private static Optional<Value> both(Optional<Value> left, Optional<Value> right) {
    return left.isPresent() && right.isPresent() && left.get().isString() && right.get().isString()
        ? Optional.of(Value.concat(left.get(), right.get()))
        : Optional.empty();
  }
}
