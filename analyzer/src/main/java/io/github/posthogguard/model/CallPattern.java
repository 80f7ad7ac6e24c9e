package io.github.posthogguard.model;

import java.util.Set;

/**
 * The calls a row speaks of: on receivers of a type ({@code type}, or any type of a package with
 * {@code a.b.*}, or any receiver with {@code *}) or with a role ({@code role}); static calls on the
 * type ({@code static: true}); its constructors ({@code constructor: true}); by method name ({@code
 * methods}, {@code *} for any) and number of arguments ({@code arity: 2} or {@code 2..}).
 */
public record CallPattern(
    String type, String role, Target target, Set<String> methods, int minArity, int maxArity) {

  /** How the call reaches the type. */
  public enum Target {
    INSTANCE,
    STATIC,
    CONSTRUCTOR
  }

  public static final String ANY = "*";

  public CallPattern {
    methods = Set.copyOf(methods);
  }

  static CallPattern of(ModelRow row) {
    String type = row.get("type").orElse(null);
    String role = row.get("role").filter(r -> row.get("field").isEmpty()).orElse(null);
    if (row.section().equals("roles") || row.section().equals("argumentRoles")) {
      role =
          null; // in these sections 'role' is what the row gives, not what it asks of the receiver
    }
    Target target =
        row.flag("constructor")
            ? Target.CONSTRUCTOR
            : row.flag("static") ? Target.STATIC : Target.INSTANCE;
    Set<String> methods = Set.copyOf(row.list("methods"));
    int min = 0;
    int max = Integer.MAX_VALUE;
    String arity = row.get("arity").orElse(null);
    if (arity != null) {
      try {
        int range = arity.indexOf("..");
        if (range >= 0) {
          min = Integer.parseInt(arity.substring(0, range));
          String upper = arity.substring(range + 2);
          max = upper.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(upper);
        } else {
          min = Integer.parseInt(arity);
          max = min;
        }
      } catch (NumberFormatException e) {
        throw new ModelException(row.source() + ": arity '" + arity + "' is no number", e);
      }
    }
    return new CallPattern(type, role, target, methods, min, max);
  }

  public boolean anyMethod() {
    return methods.isEmpty() || methods.contains(ANY);
  }

  public boolean acceptsMethod(String name) {
    return anyMethod() || methods.contains(name);
  }

  public boolean acceptsArity(int arity) {
    return arity >= minArity && arity <= maxArity;
  }

  /** Whether the type is {@code *}: any receiver, known or not. */
  public boolean anyType() {
    return ANY.equals(type);
  }

  /**
   * Whether {@code qualified} is the row's type, or of its package when the type ends in {@code
   * .*}.
   */
  public boolean acceptsType(String qualified) {
    if (type == null) {
      return false;
    }
    if (type.endsWith(".*")) {
      return qualified.startsWith(type.substring(0, type.length() - 1));
    }
    return type.equals(qualified);
  }
}
