package io.github.posthogguard.eval;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import io.github.posthogguard.java.AccessorNames;
import io.github.posthogguard.java.AnnotationAttributes;
import io.github.posthogguard.java.JavaSemantics;
import io.github.posthogguard.java.JavaType;
import io.github.posthogguard.java.Variable;
import io.github.posthogguard.model.ModelCoverage;
import io.github.posthogguard.model.ModelRow;
import java.util.Map;
import java.util.Optional;

/**
 * What an object of a type of this file shows of a secret: in {@code toString()} (its own, a
 * record's, Lombok's) and in its JSON form (a record's components, public fields and getters,
 * Lombok's getters), minus what the {@code objects} model rows hide ({@code @ToString.Exclude},
 * {@code @JsonIgnore}, write-only properties). A type without a {@code toString()} of its own shows
 * what its supertype shows.
 */
final class Exposures {
  private final Evaluator evaluator;
  private final JavaSemantics semantics;

  Exposures(Evaluator evaluator, JavaSemantics semantics) {
    this.evaluator = evaluator;
    this.semantics = semantics;
  }

  Fact shown(TypeDeclaration<?> type) {
    for (MethodDeclaration method : semantics.methodsNamed(type, "toString")) {
      if (method.getParameters().isEmpty()) {
        return evaluator.returned(method);
      }
    }
    if (type instanceof RecordDeclaration || shows(type, "toString")) {
      Fact fact = Fact.NONE;
      for (Variable field : semantics.fieldsOf(type).values()) {
        if (!field.isStatic()
            && field.kind() != Variable.Kind.ENUM_CONSTANT
            && !hides(field.annotated(), "toString")
            && !leftOutOfToString(type, field.name())) {
          fact =
              fact.or(evaluator.variableSecret(field))
                  .or(evaluator.shownWithin(semantics.typeOfVariable(field)));
        }
      }
      return fact;
    }
    Fact fact = inherited(type, Ref.Kind.SHOWN);
    JavaType self = JavaType.named(semantics.qualifiedName(type));
    // an exception's toString(), and so its stack trace in a log, shows its message
    return evaluator.returnsConstructorValues(self) ? fact.or(evaluator.messageOf(self)) : fact;
  }

  Fact serialized(TypeDeclaration<?> type) {
    Fact fact = Fact.NONE;
    boolean lombokGetters = shows(type, "getters");
    Map<String, Variable> fields = semantics.fieldsOf(type);
    for (Variable field : fields.values()) {
      if (inJson(type, field, lombokGetters)) {
        fact =
            fact.or(evaluator.variableSecret(field))
                .or(evaluator.serializedWithin(semantics.typeOfVariable(field)));
      }
    }
    for (BodyDeclaration<?> member : type.getMembers()) {
      if (member instanceof MethodDeclaration method
          && method.getParameters().isEmpty()
          && method.isPublic()
          && !method.isStatic()
          && isGetterName(method.getNameAsString())
          && !hides(method, "getters")
          // Jackson merges a property's annotations: @JsonIgnore on its field hides its getter
          && !hidesFromJson(type, AccessorNames.property(method.getNameAsString()))) {
        fact =
            fact.or(evaluator.returned(method))
                .or(evaluator.serializedWithin(semantics.types().resolve(method.getType())));
      }
    }
    return fact.or(inherited(type, Ref.Kind.SERIALIZED));
  }

  private boolean inJson(TypeDeclaration<?> type, Variable field, boolean lombokGetters) {
    if (field.isStatic()
        || field.kind() == Variable.Kind.ENUM_CONSTANT
        || hides(field.annotated(), "getters")) {
      return false;
    }
    return field.kind() == Variable.Kind.RECORD_COMPONENT
        || field.annotated() instanceof FieldDeclaration declaration && declaration.isPublic()
        || lombokGetters
        || shows(field.annotated(), "getters")
        || getter(type, field.name()).filter(m -> !hides(m, "getters")).isPresent();
  }

  /**
   * Whether an object of {@code type} may show its field {@code name} in its JSON form ({@code
   * json}: unless the type hides it, as serializers differ in what they show) or in its {@code
   * toString()}: a field the type does not declare may be shown by a supertype.
   */
  boolean showsField(TypeDeclaration<?> type, String name, boolean json) {
    Variable field = semantics.fieldsOf(type).get(name);
    if (field == null) {
      return true;
    }
    return json ? !hidesFromJson(type, name) : inToString(type, field);
  }

  private boolean inToString(TypeDeclaration<?> type, Variable field) {
    for (MethodDeclaration method : semantics.methodsNamed(type, "toString")) {
      if (method.getParameters().isEmpty()) {
        return mentions(method, field.name());
      }
    }
    if (type instanceof RecordDeclaration || shows(type, "toString")) {
      return !hides(field.annotated(), "toString") && !leftOutOfToString(type, field.name());
    }
    // Object's toString() shows no field; a superclass's may (reflectively)
    return type instanceof ClassOrInterfaceDeclaration declaration
        && !declaration.getExtendedTypes().isEmpty();
  }

  /**
   * Whether a method reads a field: by its name, by its getter, or all of them at once through
   * {@code this} handed to a call ({@code ToStringBuilder.reflectionToString(this)}).
   */
  private static boolean mentions(MethodDeclaration method, String field) {
    String getter = AccessorNames.gettersOf(field).get(0);
    return method
        .findFirst(
            Node.class,
            n ->
                n instanceof NameExpr name && name.getNameAsString().equals(field)
                    || n instanceof FieldAccessExpr access && access.getNameAsString().equals(field)
                    || n instanceof MethodCallExpr call
                        && (call.getNameAsString().equals(getter)
                            || call.getNameAsString().equals(field)
                            || call.getArguments().stream().anyMatch(ThisExpr.class::isInstance)))
        .isPresent();
  }

  /**
   * Whether the JSON form of {@code type} leaves its field {@code name} out ({@code @JsonIgnore}).
   */
  boolean hidesFromJson(TypeDeclaration<?> type, String name) {
    Variable field = semantics.fieldsOf(type).get(name);
    return field != null
        && (hides(field.annotated(), "getters")
            || getter(type, name).filter(m -> hides(m, "getters")).isPresent());
  }

  private Fact inherited(TypeDeclaration<?> type, Ref.Kind kind) {
    Fact fact = Fact.NONE;
    for (ClassOrInterfaceType written : JavaSemantics.directSupertypes(type)) {
      JavaType supertype = semantics.types().resolve(written);
      if (supertype.kind() != JavaType.Kind.CLASS) {
        continue;
      }
      Optional<TypeDeclaration<?>> declared = semantics.typeDeclaration(supertype.name());
      if (declared.isPresent()) {
        fact =
            fact.or(
                kind == Ref.Kind.SHOWN
                    ? evaluator.shown(declared.get())
                    : evaluator.serialized(declared.get()));
      } else if (!supertype.name().startsWith("java.")) {
        fact = fact.or(Fact.of(new Ref(supertype.name(), "", -1, kind)));
      }
    }
    return fact;
  }

  private static boolean isGetterName(String name) {
    return name.length() > 3 && name.startsWith("get") && Character.isUpperCase(name.charAt(3));
  }

  private Optional<MethodDeclaration> getter(TypeDeclaration<?> type, String field) {
    for (String name : AccessorNames.gettersOf(field)) {
      for (MethodDeclaration method : semantics.methodsNamed(type, name)) {
        if (method.getParameters().isEmpty() && method.isPublic()) {
          return Optional.of(method);
        }
      }
    }
    return Optional.empty();
  }

  /** Whether an annotation of the {@code objects} model says the element shows {@code what}. */
  private boolean shows(NodeWithAnnotations<?> element, String what) {
    return annotated(element, "shows", what);
  }

  /**
   * Whether the type's annotation names the field among those its generated toString() leaves out
   * ({@code excludedBy}: {@code @ToString(exclude = "password")}), or names the only ones it shows
   * without it ({@code onlyBy}: {@code @ToString(of = "username")}).
   */
  private boolean leftOutOfToString(TypeDeclaration<?> type, String field) {
    for (AnnotationExpr annotation : type.getAnnotations()) {
      for (ModelRow row : semantics.model().rows("objects")) {
        Optional<String> excludedBy = row.get("excludedBy");
        Optional<String> onlyBy = row.get("onlyBy");
        if (excludedBy.isEmpty() && onlyBy.isEmpty()
            || !evaluator.isAnnotation(annotation, row.require("annotation"))) {
          continue;
        }
        boolean excluded =
            excludedBy
                .filter(name -> evaluator.attributeStrings(annotation, name).contains(field))
                .isPresent();
        boolean notAmongTheOnlyOnes =
            onlyBy
                .filter(name -> AnnotationAttributes.of(annotation, name).isPresent())
                .filter(name -> !evaluator.attributeStrings(annotation, name).contains(field))
                .isPresent();
        if (excluded || notAmongTheOnlyOnes) {
          ModelCoverage.hit(row);
          return true;
        }
      }
    }
    return false;
  }

  private boolean hides(NodeWithAnnotations<?> element, String what) {
    return element != null && annotated(element, "hides", what);
  }

  private boolean annotated(NodeWithAnnotations<?> element, String attribute, String what) {
    if (element == null) {
      return false;
    }
    for (AnnotationExpr annotation : element.getAnnotations()) {
      for (ModelRow row : semantics.model().rows("objects")) {
        if (row.list(attribute).contains(what)
            && evaluator.isAnnotation(annotation, row.require("annotation"))
            && holds(annotation, row.get("when"))) {
          ModelCoverage.hit(row);
          return true;
        }
      }
    }
    return false;
  }

  /**
   * {@code when: access=WRITE_ONLY}: the annotation's attribute names that constant; {@code when:
   * using}: the annotation sets that attribute.
   */
  static boolean holds(AnnotationExpr annotation, Optional<String> when) {
    if (when.isEmpty()) {
      return true;
    }
    String[] condition = when.get().split("=", 2);
    if (!(annotation instanceof NormalAnnotationExpr normal)) {
      return false;
    }
    for (MemberValuePair pair : normal.getPairs()) {
      if (pair.getNameAsString().equals(condition[0])) {
        String value = pair.getValue().toString();
        return condition.length == 1
            || value.equals(condition[1])
            || value.endsWith("." + condition[1]);
      }
    }
    return false;
  }
}
