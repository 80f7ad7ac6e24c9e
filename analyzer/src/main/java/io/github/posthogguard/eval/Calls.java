package io.github.posthogguard.eval;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import io.github.posthogguard.java.JavaSemantics;
import io.github.posthogguard.java.JavaType;
import io.github.posthogguard.java.Variable;
import io.github.posthogguard.model.ApiModel;
import io.github.posthogguard.model.CallPattern;
import io.github.posthogguard.model.ModelCoverage;
import io.github.posthogguard.model.ModelRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Matches calls and constructor calls against model rows: by method name and arity, and by what the
 * receiver is, as the source says: its static type (with the supertypes the file, the project and
 * the models know), its role ({@code console}), the type a static call names, the class of an
 * unqualified call. Never by a variable's name.
 */
final class Calls {
  private final JavaSemantics semantics;
  private final ApiModel model;
  private final Function<Expression, Set<String>> roles;

  Calls(JavaSemantics semantics, Function<Expression, Set<String>> roles) {
    this.semantics = semantics;
    this.model = semantics.model();
    this.roles = roles;
  }

  /** The rows of {@code section} this call matches, in model order. */
  List<ModelRow> matching(String section, MethodCallExpr call) {
    List<ModelRow> candidates = model.candidates(section, call.getNameAsString());
    if (candidates.isEmpty()) {
      return List.of();
    }
    return matching(candidates, call.getArguments().size(), () -> Optional.of(receiverOf(call)));
  }

  /**
   * The method rows of {@code candidates} that a call of {@code arity} arguments on the receiver
   * matches; the receiver is worked out only for a row that may match, and none matches without
   * one.
   */
  private List<ModelRow> matching(
      List<ModelRow> candidates, int arity, Supplier<Optional<Receiver>> receivers) {
    Optional<Receiver> receiver = Optional.empty();
    boolean worked = false;
    List<ModelRow> matched = new ArrayList<>(1);
    for (ModelRow row : candidates) {
      CallPattern pattern = model.pattern(row);
      if (pattern.target() == CallPattern.Target.CONSTRUCTOR || !pattern.acceptsArity(arity)) {
        continue;
      }
      if (!worked) {
        receiver = receivers.get();
        worked = true;
      }
      if (receiver.isPresent() && receiver.get().accepts(pattern)) {
        matched.add(row);
        ModelCoverage.hit(row);
      }
    }
    return matched;
  }

  /**
   * The rows of {@code section} a method reference ({@code log::info}, {@code System.out::println})
   * matches when it is called with {@code arity} arguments.
   */
  List<ModelRow> matching(String section, MethodReferenceExpr reference, int arity) {
    List<ModelRow> candidates = model.candidates(section, reference.getIdentifier());
    if (candidates.isEmpty()) {
      return List.of();
    }
    return matching(candidates, arity, () -> receiverOf(reference));
  }

  /**
   * The rows of {@code section} an unbound method reference ({@code Cookie::getValue}) matches, as
   * the call of its method on the element it is applied to.
   */
  List<ModelRow> matchingOnElement(String section, MethodReferenceExpr reference) {
    List<ModelRow> candidates = model.candidates(section, reference.getIdentifier());
    if (candidates.isEmpty()) {
      return List.of();
    }
    return matching(
        candidates,
        0,
        () ->
            semantics
                .referencedType(reference)
                .map(type -> new Receiver(null, List.of(type), Set.of(), null)));
  }

  Optional<ModelRow> first(String section, MethodCallExpr call) {
    List<ModelRow> rows = matching(section, call);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  /** The constructor rows of {@code section} this {@code new} matches. */
  List<ModelRow> matching(String section, ObjectCreationExpr creation) {
    List<ModelRow> candidates = model.candidates(section, CallPattern.ANY);
    if (candidates.isEmpty()) {
      return List.of();
    }
    JavaType type = semantics.typeOf(creation);
    int arity = creation.getArguments().size();
    List<ModelRow> matched = new ArrayList<>(1);
    for (ModelRow row : candidates) {
      CallPattern pattern = model.pattern(row);
      if (pattern.target() == CallPattern.Target.CONSTRUCTOR
          && pattern.acceptsArity(arity)
          && !pattern.anyType()
          && semantics.accepts(pattern, type)) {
        matched.add(row);
        ModelCoverage.hit(row);
      }
    }
    return matched;
  }

  Optional<ModelRow> first(String section, ObjectCreationExpr creation) {
    List<ModelRow> rows = matching(section, creation);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  private Receiver receiverOf(MethodCallExpr call) {
    Optional<Expression> scope = call.getScope();
    if (scope.isEmpty()) {
      return new Receiver(null, enclosingTypes(call), Set.of(), call.getNameAsString());
    }
    return receiverOf(scope.get(), call);
  }

  /**
   * What a method reference is made on. JavaParser reads a simple name or a static field before
   * {@code ::} as a type: a variable of that name ({@code log::info}) or a static field the models
   * give a role ({@code System.out::println}) is the receiver; otherwise it is a type, and {@code
   * Type::method} a static method or an instance method of its argument: none.
   */
  private Optional<Receiver> receiverOf(MethodReferenceExpr reference) {
    if (!(reference.getScope() instanceof TypeExpr written)) {
      return Optional.of(receiverOf(reference.getScope(), reference));
    }
    Optional<Variable> variable = semantics.variable(written);
    if (variable.isPresent()) {
      JavaType type = semantics.typeOfVariable(variable.get());
      return Optional.of(new Receiver(null, List.of(type), Set.of(), null));
    }
    Set<String> fieldRoles = roles.apply(written);
    return fieldRoles.isEmpty()
        ? Optional.empty()
        : Optional.of(new Receiver(null, List.of(), fieldRoles, null));
  }

  /** What an explicit receiver {@code scope}, written at {@code site}, may be. */
  private Receiver receiverOf(Expression scope, Node site) {
    if (scope instanceof SuperExpr) {
      return new Receiver(null, enclosingTypes(site), Set.of(), null);
    }
    Optional<JavaType> staticType = semantics.typeNamedBy(scope);
    if (staticType.isPresent()) {
      return new Receiver(staticType.get(), List.of(), Set.of(), null);
    }
    JavaType type = semantics.typeOf(scope);
    if (type.kind() == JavaType.Kind.CLASS
        && semantics.typeDeclaration(type.name()).isEmpty()
        && !type.name().startsWith("java.")
        && !semantics.model().knowsType(type.name())) {
      semantics.project().demandSupertypes(type.name()); // it may extend one the models know
    }
    return new Receiver(null, List.of(type), roles.apply(scope), null);
  }

  /** The types of {@code this} around a node, innermost first. */
  private List<JavaType> enclosingTypes(Node node) {
    List<JavaType> types = new ArrayList<>();
    for (Node n = node.getParentNode().orElse(null);
        n != null;
        n = n.getParentNode().orElse(null)) {
      if (n instanceof TypeDeclaration<?> type) {
        types.add(JavaType.named(semantics.qualifiedName(type)));
      } else if (n instanceof ObjectCreationExpr creation
          && creation.getAnonymousClassBody().isPresent()) {
        types.add(semantics.typeOf(creation));
      }
    }
    return types;
  }

  /**
   * What a call is made on: a type named for a static call, or the possible types and roles of an
   * instance. An unqualified call ({@code unqualifiedName} set) is made on {@code this} or is a
   * statically imported method.
   */
  private final class Receiver {
    private final JavaType staticType;
    private final List<JavaType> instanceTypes;
    private final Set<String> roles;
    private final String unqualifiedName;

    Receiver(
        JavaType staticType,
        List<JavaType> instanceTypes,
        Set<String> roles,
        String unqualifiedName) {
      this.staticType = staticType;
      this.instanceTypes = instanceTypes;
      this.roles = roles;
      this.unqualifiedName = unqualifiedName;
    }

    boolean accepts(CallPattern pattern) {
      if (pattern.target() == CallPattern.Target.STATIC) {
        if (staticType != null) {
          return !pattern.anyType() && semantics.accepts(pattern, staticType);
        }
        return unqualifiedName != null
            && pattern.type() != null
            && !pattern.anyType()
            && (semantics.types().staticImportOwners(unqualifiedName).contains(pattern.type())
                || instanceTypes.stream().anyMatch(t -> semantics.accepts(pattern, t)));
      }
      if (staticType != null) {
        return false;
      }
      if (pattern.role() != null) {
        return roles.contains(pattern.role());
      }
      if (pattern.anyType()) {
        return unqualifiedName == null;
      }
      for (JavaType type : instanceTypes) {
        if (semantics.accepts(pattern, type)) {
          return true;
        }
      }
      return false;
    }
  }
}
