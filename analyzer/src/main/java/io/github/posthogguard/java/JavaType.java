package io.github.posthogguard.java;

import java.util.List;
import java.util.Set;

/**
 * A type as the source shows it: resolved to a qualified name where the file's imports, its own
 * types, the project or {@code java.lang} say which type a name stands for; else the name as
 * written. Type arguments are kept (an {@code Optional<String>} holds a string); annotations are
 * not.
 *
 * @param name the qualified name (nested types joined by dots) if {@link Kind#CLASS}, the keyword
 *     of a primitive, the written name otherwise
 * @param kind what is known of the type
 * @param arguments the type arguments, resolved the same way
 * @param dimensions how many array dimensions ({@code String[]} has one)
 */
public record JavaType(String name, Kind kind, List<JavaType> arguments, int dimensions) {

  /** What is known of a type. */
  public enum Kind {
    /** {@code int}, {@code boolean}, ... */
    PRIMITIVE,
    /** A class, interface, enum or record whose qualified name is known. */
    CLASS,
    /** A class type whose name could not be resolved: a library type through a wildcard import. */
    UNRESOLVED,
    /** A type variable ({@code T}): anything, a string too. */
    TYPE_VARIABLE,
    /** {@code var}, a lambda parameter without a type: what the value says. */
    INFERRED,
    /** Nothing is known: no declaration was found. */
    UNKNOWN
  }

  public static final JavaType UNKNOWN = new JavaType("?", Kind.UNKNOWN, List.of(), 0);
  public static final JavaType INFERRED = new JavaType("var", Kind.INFERRED, List.of(), 0);
  public static final JavaType STRING = named("java.lang.String");
  public static final JavaType OBJECT = named("java.lang.Object");
  public static final JavaType THROWABLE = named("java.lang.Throwable");
  public static final JavaType BOOLEAN = primitive("boolean");
  public static final JavaType INT = primitive("int");

  private static final Set<String> BOXED_AND_NUMBERS =
      Set.of(
          "java.lang.Boolean",
          "java.lang.Byte",
          "java.lang.Short",
          "java.lang.Integer",
          "java.lang.Long",
          "java.lang.Float",
          "java.lang.Double",
          "java.lang.Character",
          "java.lang.Number",
          "java.math.BigInteger",
          "java.math.BigDecimal",
          "java.util.concurrent.atomic.AtomicInteger",
          "java.util.concurrent.atomic.AtomicLong",
          "java.util.concurrent.atomic.AtomicBoolean",
          "java.util.UUID",
          "java.util.Date",
          "java.time.Instant",
          "java.time.Duration",
          "java.lang.Class",
          "java.lang.reflect.Type");

  public JavaType {
    arguments = List.copyOf(arguments);
  }

  public static JavaType named(String qualifiedName) {
    return new JavaType(qualifiedName, Kind.CLASS, List.of(), 0);
  }

  public static JavaType primitive(String keyword) {
    return new JavaType(keyword, Kind.PRIMITIVE, List.of(), 0);
  }

  public JavaType arrayOf(int moreDimensions) {
    return new JavaType(name, kind, arguments, dimensions + moreDimensions);
  }

  /** The element type of an array type; the type itself otherwise. */
  public JavaType component() {
    return dimensions == 0 ? this : new JavaType(name, kind, arguments, dimensions - 1);
  }

  public boolean isArray() {
    return dimensions > 0;
  }

  public boolean isKnown() {
    return kind == Kind.CLASS || kind == Kind.PRIMITIVE;
  }

  /** Whether this is the class {@code qualifiedName} itself (not an array of it). */
  public boolean is(String qualifiedName) {
    return dimensions == 0 && kind == Kind.CLASS && name.equals(qualifiedName);
  }

  /** The simple name: {@code Builder} of {@code com.posthog.server.PostHogConfig.Builder}. */
  public String simpleName() {
    return name.substring(name.lastIndexOf('.') + 1);
  }

  /**
   * A value of this type shows nothing of a secret, whatever it was computed from: a primitive, a
   * boxed primitive, a number, a boolean, a date, a UUID, a class object.
   */
  public boolean isScalar() {
    if (dimensions > 0) {
      return false;
    }
    return kind == Kind.PRIMITIVE && !name.equals("char")
        || kind == Kind.CLASS && BOXED_AND_NUMBERS.contains(name);
  }

  /** {@code boolean} or {@code Boolean}. */
  public boolean isBoolean() {
    return dimensions == 0
        && (kind == Kind.PRIMITIVE && name.equals("boolean") || is("java.lang.Boolean"));
  }

  /** The first type argument, if any: the element of a list, the value of an optional. */
  public JavaType firstArgument() {
    return arguments.isEmpty() ? UNKNOWN : arguments.get(0);
  }

  /** The last type argument, if any: the value of a map. */
  public JavaType lastArgument() {
    return arguments.isEmpty() ? UNKNOWN : arguments.get(arguments.size() - 1);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(name);
    if (!arguments.isEmpty()) {
      text.append('<');
      for (int i = 0; i < arguments.size(); i++) {
        text.append(i == 0 ? "" : ", ").append(arguments.get(i));
      }
      text.append('>');
    }
    return text.append("[]".repeat(dimensions)).toString();
  }
}
