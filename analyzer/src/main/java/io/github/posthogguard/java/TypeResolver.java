package io.github.posthogguard.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import com.github.javaparser.ast.type.UnionType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Which type a name written in one file stands for, by javac's rules: a type parameter in scope, a
 * type of the file (nested types from the inside out, then top-level ones), a single-type import,
 * the file's package, an on-demand import, then {@code java.lang}. Types of the package and of
 * on-demand imports are known through {@code knownType}: the project's types and the types the API
 * models name.
 */
public final class TypeResolver {
  private static final Map<String, Boolean> JAVA_LANG = new ConcurrentHashMap<>();

  private final String packageName;
  private final Map<String, String> singleImports = new HashMap<>();
  private final List<String> onDemandImports = new ArrayList<>();
  private final Map<String, String> staticImports = new HashMap<>();
  private final List<String> staticOnDemandImports = new ArrayList<>();
  private final Map<TypeDeclaration<?>, String> qualifiedNames = new IdentityHashMap<>();
  private final List<TypeDeclaration<?>> topLevel;
  private final Predicate<String> knownType;
  private final Consumer<String> unknownCandidate;

  /**
   * {@code unknownCandidate} hears each name an unresolved simple name may stand for: a project
   * that learns of such a type later can resolve the name then.
   */
  public TypeResolver(
      CompilationUnit unit, Predicate<String> knownType, Consumer<String> unknownCandidate) {
    this.knownType = knownType;
    this.unknownCandidate = unknownCandidate;
    this.packageName = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    for (ImportDeclaration i : unit.getImports()) {
      String name = i.getNameAsString();
      if (i.isStatic()) {
        if (i.isAsterisk()) {
          staticOnDemandImports.add(name);
        } else {
          staticImports.put(name.substring(name.lastIndexOf('.') + 1), name);
        }
      } else if (i.isAsterisk()) {
        onDemandImports.add(name);
      } else {
        singleImports.put(name.substring(name.lastIndexOf('.') + 1), name);
      }
    }
    this.topLevel = List.copyOf(unit.getTypes());
    for (TypeDeclaration<?> type : topLevel) {
      name(type, packageName.isEmpty() ? "" : packageName + ".");
    }
  }

  private void name(TypeDeclaration<?> type, String prefix) {
    String qualified = prefix + type.getNameAsString();
    qualifiedNames.put(type, qualified);
    for (Node member : type.getMembers()) {
      if (member instanceof TypeDeclaration<?> nested) {
        name(nested, qualified + ".");
      }
    }
  }

  public String packageName() {
    return packageName;
  }

  /**
   * The qualified name of a type declared in this file; a local class gets its enclosing type's
   * name and its own.
   */
  public String qualifiedName(TypeDeclaration<?> type) {
    String known = qualifiedNames.get(type);
    if (known != null) {
      return known;
    }
    Optional<TypeDeclaration<?>> outer = enclosingType(type);
    String name =
        outer
                .map(o -> qualifiedName(o) + ".")
                .orElse(packageName.isEmpty() ? "" : packageName + ".")
            + type.getNameAsString();
    qualifiedNames.put(type, name);
    return name;
  }

  /** The type written at {@code type}, resolved where it stands. */
  public JavaType resolve(Type type) {
    if (type instanceof PrimitiveType primitive) {
      return JavaType.primitive(primitive.asString());
    }
    if (type instanceof ArrayType array) {
      return resolve(array.getComponentType()).arrayOf(1);
    }
    if (type.isVarType()) {
      return JavaType.INFERRED;
    }
    if (type instanceof ClassOrInterfaceType c) {
      JavaType raw = resolve(c.getNameWithScope(), c);
      List<JavaType> arguments =
          c.getTypeArguments()
              .map(args -> args.stream().map(this::resolve).toList())
              .orElse(List.of());
      return new JavaType(raw.name(), raw.kind(), arguments, 0);
    }
    if (type instanceof UnionType) {
      // a multi-catch parameter: its alternatives' common supertype, a Throwable; the evaluator
      // reads each alternative where it matters
      return JavaType.THROWABLE;
    }
    if (type.isWildcardType()) {
      return type.asWildcardType()
          .getExtendedType()
          .map(t -> resolve((Type) t))
          .orElse(JavaType.OBJECT);
    }
    return JavaType.UNKNOWN;
  }

  /**
   * The type a dotted name written at {@code context} stands for ({@code Map.Entry}, {@code Foo}).
   */
  public JavaType resolve(String written, Node context) {
    int dot = written.indexOf('.');
    if (dot > 0 && Character.isLowerCase(written.charAt(0))) {
      // org.slf4j.Logger: a package first, by Java's naming convention (a type of the file's
      // package named org would be found here, and shadow the package, only by that guess)
      return JavaType.named(written);
    }
    if (dot > 0) {
      JavaType first = resolveSimple(written.substring(0, dot), context);
      if (first.kind() == JavaType.Kind.CLASS) {
        return JavaType.named(first.name() + written.substring(dot));
      }
      // A qualified name: a package, then a type.
      return JavaType.named(written);
    }
    return resolveSimple(written, context);
  }

  /** The type a simple name stands for, or an unresolved type of that name. */
  private JavaType resolveSimple(String simple, Node context) {
    for (Node n = context; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof NodeWithTypeParameters<?> generic) {
        for (TypeParameter parameter : generic.getTypeParameters()) {
          if (parameter.getNameAsString().equals(simple)) {
            return new JavaType(simple, JavaType.Kind.TYPE_VARIABLE, List.of(), 0);
          }
        }
      }
      if (n instanceof TypeDeclaration<?> type) {
        if (type.getNameAsString().equals(simple)) {
          return JavaType.named(qualifiedName(type));
        }
        for (Node member : type.getMembers()) {
          if (member instanceof TypeDeclaration<?> nested
              && nested.getNameAsString().equals(simple)) {
            return JavaType.named(qualifiedName(nested));
          }
        }
        Optional<String> inherited = inheritedMemberType(type, simple);
        if (inherited.isPresent()) {
          return JavaType.named(inherited.get());
        }
      }
    }
    Optional<String> named = typeNamed(simple);
    return named.map(JavaType::named).orElseGet(() -> unresolved(simple));
  }

  /**
   * A member type a class inherits from a library supertype the models know it by ({@code
   * Attributes} in a subclass of Wicket's {@code AbstractResource}), which javac finds before the
   * file's package.
   */
  private Optional<String> inheritedMemberType(TypeDeclaration<?> type, String simple) {
    if (!(type instanceof ClassOrInterfaceDeclaration declared)) {
      return Optional.empty();
    }
    List<ClassOrInterfaceType> supertypes = new ArrayList<>(declared.getExtendedTypes());
    supertypes.addAll(declared.getImplementedTypes());
    for (ClassOrInterfaceType supertype : supertypes) {
      String written = supertype.getNameWithScope();
      Optional<String> qualified =
          written.contains(".") ? Optional.of(written) : typeNamed(written);
      if (qualified.isPresent() && knownType.test(qualified.get() + "." + simple)) {
        return Optional.of(qualified.get() + "." + simple);
      }
    }
    return Optional.empty();
  }

  /** A top-level or imported type's qualified name, or one of the package or {@code java.lang}. */
  private Optional<String> typeNamed(String simple) {
    for (TypeDeclaration<?> type : topLevel) {
      if (type.getNameAsString().equals(simple)) {
        return Optional.of(qualifiedName(type));
      }
    }
    String imported = singleImports.get(simple);
    if (imported != null) {
      return Optional.of(imported);
    }
    String inPackage = packageName.isEmpty() ? simple : packageName + "." + simple;
    if (knownType.test(inPackage)) {
      return Optional.of(inPackage);
    }
    for (String prefix : onDemandImports) {
      String candidate = prefix + "." + simple;
      if (knownType.test(candidate)) {
        return Optional.of(candidate);
      }
    }
    if (isJavaLang(simple)) {
      return Optional.of("java.lang." + simple);
    }
    if (onDemandImports.isEmpty()) {
      // Nothing else can bring the name in: javac finds it in the file's package.
      return Optional.of(inPackage);
    }
    candidateNames(simple).forEach(unknownCandidate);
    return Optional.empty();
  }

  private static JavaType unresolved(String written) {
    return new JavaType(written, JavaType.Kind.UNRESOLVED, List.of(), 0);
  }

  /**
   * The qualified names an unresolved simple name may stand for: a type of the file's package or of
   * one of its on-demand imports. The project, once known, tells which one exists.
   */
  public List<String> candidates(JavaType type) {
    if (type.kind() != JavaType.Kind.UNRESOLVED || type.name().contains(".")) {
      return List.of();
    }
    return candidateNames(type.name());
  }

  /** The names a simple name may stand for: a type of the package or of an on-demand import. */
  private List<String> candidateNames(String simple) {
    List<String> candidates = new ArrayList<>();
    candidates.add(packageName.isEmpty() ? simple : packageName + "." + simple);
    for (String prefix : onDemandImports) {
      candidates.add(prefix + "." + simple);
    }
    return candidates;
  }

  /**
   * Whether a simple type name written in the file may stand for {@code qualified}: it resolves to
   * it, or it is unresolved and an on-demand import could bring it in.
   */
  public boolean mayBe(JavaType type, String qualified) {
    if (type.kind() == JavaType.Kind.CLASS) {
      return type.name().equals(qualified);
    }
    if (type.kind() != JavaType.Kind.UNRESOLVED) {
      return false;
    }
    String written = type.name();
    int dot = qualified.lastIndexOf('.');
    if (!qualified.endsWith("." + written)) {
      return false;
    }
    String owner = qualified.substring(0, qualified.length() - written.length() - 1);
    return onDemandImports.contains(owner)
        || dot >= 0 && onDemandImports.contains(qualified.substring(0, dot));
  }

  /**
   * Whether an unresolved simple type name may stand for a type of a package under {@code prefix}
   * ({@code com.vaadin.flow.component.}): an on-demand import from there could bring it in.
   */
  public boolean mayBeFrom(JavaType type, String prefix) {
    if (type.kind() == JavaType.Kind.CLASS) {
      return type.name().startsWith(prefix);
    }
    return type.kind() == JavaType.Kind.UNRESOLVED
        && !type.name().contains(".")
        && onDemandImports.stream().anyMatch(p -> (p + ".").startsWith(prefix));
  }

  /** The type a statically imported member {@code name} comes from, if a static import names it. */
  public List<String> staticImportOwners(String member) {
    String single = staticImports.get(member);
    if (single != null) {
      return List.of(single.substring(0, single.lastIndexOf('.')));
    }
    return staticOnDemandImports;
  }

  /**
   * Whether the file imports (by single-type or on-demand import) anything under {@code prefix}.
   */
  public boolean importsFrom(String prefix) {
    return singleImports.values().stream().anyMatch(q -> q.startsWith(prefix))
        || onDemandImports.stream().anyMatch(q -> (q + ".").startsWith(prefix));
  }

  private static Optional<TypeDeclaration<?>> enclosingType(Node node) {
    for (Node n = node.getParentNode().orElse(null);
        n != null;
        n = n.getParentNode().orElse(null)) {
      if (n instanceof TypeDeclaration<?> type) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  private static boolean isJavaLang(String simple) {
    if (simple.isEmpty() || !Character.isUpperCase(simple.charAt(0))) {
      return false;
    }
    return JAVA_LANG.computeIfAbsent(
        simple,
        s -> {
          try {
            Class.forName("java.lang." + s, false, TypeResolver.class.getClassLoader());
            return true;
          } catch (ClassNotFoundException | LinkageError e) {
            return false;
          }
        });
  }
}
