package io.github.posthogguard.eval;

import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import io.github.posthogguard.java.JavaSemantics;
import io.github.posthogguard.java.JavaType;
import io.github.posthogguard.java.Variable;
import io.github.posthogguard.model.Arguments;
import io.github.posthogguard.model.ModelCoverage;
import io.github.posthogguard.model.ModelRow;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The roles a value plays beyond its type, by the model's {@code roles} and {@code argumentRoles}:
 * a stream that writes to the console ({@code System.err}, a {@code PrintWriter} wrapped around it,
 * a variable once set to one), the body or headers of an HTTP response, the environment map. A
 * variable has every role any of its values has.
 */
final class Roles {
  private final JavaSemantics semantics;
  private final Definitions definitions;
  private final Calls calls;
  private final Map<Expression, Set<String>> known = new IdentityHashMap<>();
  private final Set<Object> evaluating = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Function<Parameter, List<Expression>> passedInThisFile;
  private Map<Variable, Set<String>> argumentRoles;

  /**
   * @param passedInThisFile the arguments the calls of this file give a parameter of a method or
   *     constructor of this file
   */
  Roles(
      JavaSemantics semantics,
      Definitions definitions,
      Function<Parameter, List<Expression>> passedInThisFile) {
    this.semantics = semantics;
    this.definitions = definitions;
    this.passedInThisFile = passedInThisFile;
    this.calls = new Calls(semantics, this::of);
  }

  Calls calls() {
    return calls;
  }

  Set<String> of(Expression e) {
    Set<String> roles = known.get(e);
    if (roles != null) {
      return roles;
    }
    if (!evaluating.add(e)) {
      return Set.of();
    }
    try {
      roles = compute(e);
    } finally {
      evaluating.remove(e);
    }
    known.put(e, roles);
    return roles;
  }

  private Set<String> compute(Expression e) {
    if (e instanceof EnclosedExpr enclosed) {
      return of(enclosed.getInner());
    }
    if (e instanceof CastExpr cast) {
      return of(cast.getExpression());
    }
    if (e instanceof AssignExpr assign) {
      return of(assign.getValue());
    }
    if (e instanceof ConditionalExpr conditional) {
      return union(of(conditional.getThenExpr()), of(conditional.getElseExpr()));
    }
    if (e instanceof NameExpr name) {
      return semantics.variable(name).map(this::ofVariable).orElse(Set.of());
    }
    if (e instanceof FieldAccessExpr access) {
      Optional<Variable> field = semantics.field(access);
      if (field.isPresent()) {
        return ofVariable(field.get());
      }
      return ofStaticField(access);
    }
    if (e instanceof MethodCallExpr call) {
      return fromRows(
          calls.matching("roles", call), call.getScope().orElse(null), call.getArguments());
    }
    if (e instanceof ObjectCreationExpr creation) {
      return fromRows(calls.matching("roles", creation), null, creation.getArguments());
    }
    if (e instanceof TypeExpr written) {
      return ofStaticField(written);
    }
    return Set.of();
  }

  /** {@code System.err}: a static field the models give a role. */
  private Set<String> ofStaticField(FieldAccessExpr access) {
    return ofStaticField(semantics.typeNamedBy(access.getScope()), access.getNameAsString());
  }

  /**
   * {@code System.out} before a method reference's {@code ::}, which JavaParser reads as a type.
   */
  private Set<String> ofStaticField(TypeExpr written) {
    if (written.getType() instanceof ClassOrInterfaceType type && type.getScope().isPresent()) {
      JavaType owner = semantics.types().resolve(type.getScope().get());
      return ofStaticField(Optional.of(owner), type.getNameAsString());
    }
    return Set.of();
  }

  private Set<String> ofStaticField(Optional<JavaType> owner, String name) {
    if (owner.isEmpty()) {
      return Set.of();
    }
    String field = owner.get().name() + "." + name;
    Set<String> roles = new HashSet<>();
    for (ModelRow row : semantics.model().rows("roles")) {
      if (row.get("field")
          .filter(
              f ->
                  f.equals(field)
                      || owner.get().kind() == JavaType.Kind.UNRESOLVED && f.endsWith("." + field))
          .isPresent()) {
        roles.add(row.require("role"));
        ModelCoverage.hit(row);
      }
    }
    return roles;
  }

  private Set<String> fromRows(
      List<ModelRow> rows, Expression receiver, List<Expression> arguments) {
    Set<String> roles = new HashSet<>();
    for (ModelRow row : rows) {
      String role = row.require("role");
      Optional<String> from = row.get("from");
      if (from.isEmpty()) {
        roles.add(role);
        continue;
      }
      Arguments carriers = Arguments.parse(from.get(), row.source());
      if (carriers.includesReceiver() && receiver != null && of(receiver).contains(role)) {
        roles.add(role);
      }
      for (int i : carriers.of(arguments.size())) {
        if (of(arguments.get(i)).contains(role)) {
          roles.add(role);
        }
      }
    }
    return roles;
  }

  private Set<String> ofVariable(Variable variable) {
    if (!evaluating.add(variable)) {
      return Set.of();
    }
    try {
      Set<String> roles = new HashSet<>(argumentRoles().getOrDefault(variable, Set.of()));
      if (variable.kind() == Variable.Kind.PARAMETER) {
        roles.addAll(givenByCallers(variable));
      }
      variable
          .initializer()
          .filter(
              i ->
                  variable.kind() != Variable.Kind.FOR_EACH
                      && variable.kind() != Variable.Kind.PATTERN)
          .ifPresent(i -> roles.addAll(of(i)));
      for (Definitions.Definition d : definitions.of(variable)) {
        if (!d.adds()) {
          roles.addAll(of(d.value()));
        }
      }
      return roles;
    } finally {
      evaluating.remove(variable);
    }
  }

  /**
   * The roles the calls of its method in this file give a parameter: {@code new ToolConfig(props,
   * System.getenv())} makes {@code ToolConfig(Properties props, Map<String, String> env)}'s {@code
   * env} the environment.
   */
  private Set<String> givenByCallers(Variable parameter) {
    if (!(parameter.declaration() instanceof Parameter p)) {
      return Set.of();
    }
    Set<String> roles = new HashSet<>();
    for (Expression argument : passedInThisFile.apply(p)) {
      roles.addAll(of(argument));
    }
    return roles;
  }

  /** Variables (and lambda parameters) handed to a call that gives them a role. */
  private Map<Variable, Set<String>> argumentRoles() {
    if (argumentRoles != null) {
      return argumentRoles;
    }
    argumentRoles = new IdentityHashMap<>();
    if (semantics.model().rows("argumentRoles").isEmpty()) {
      return argumentRoles;
    }
    semantics.walk(
        node -> {
          List<ModelRow> rows = List.of();
          List<Expression> arguments = List.of();
          if (node instanceof MethodCallExpr call) {
            rows = calls.matching("argumentRoles", call);
            arguments = call.getArguments();
          } else if (node instanceof ObjectCreationExpr creation) {
            rows = calls.matching("argumentRoles", creation);
            arguments = creation.getArguments();
          }
          for (ModelRow row : rows) {
            for (int i : Arguments.parse(row.require("args"), row.source()).of(arguments.size())) {
              give(arguments.get(i), row.require("role"));
            }
          }
        });
    return argumentRoles;
  }

  private void give(Expression argument, String role) {
    if (argument instanceof NameExpr name) {
      semantics
          .variable(name)
          .ifPresent(v -> argumentRoles.computeIfAbsent(v, x -> new HashSet<>()).add(role));
    } else if (argument instanceof LambdaExpr lambda) {
      for (Parameter p : lambda.getParameters()) {
        semantics
            .declaredAt(p)
            .ifPresent(v -> argumentRoles.computeIfAbsent(v, x -> new HashSet<>()).add(role));
      }
    }
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }
}
