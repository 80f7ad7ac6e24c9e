package io.github.posthogguard.eval;

import java.util.Optional;

/**
 * A value of another file, named but not yet known: a field of a project type, the result of one of
 * its methods, or what an object of the type shows. Resolved against the project's summaries.
 *
 * @param type the qualified name of the type that declares (or inherits) the member, or the type
 *     that a method of another file returns, named by {@link #returnedBy}
 * @param member the field or method name; for {@link Kind#SHOWN} and {@link Kind#SERIALIZED},
 *     empty; for {@link Kind#ARGUMENT}, the method's name and the argument's index joined by {@code
 *     #}
 * @param arity the method's number of arguments; -1 for a field, and for the constructors of any
 *     arity
 * @param kind what of the member is meant
 * @param at for {@link Kind#CONFIG}, where the configuration is read; for {@link Kind#SPELLED_KEY},
 *     where the key is assembled; else null
 */
public record Ref(String type, String member, int arity, Kind kind, Location at) {

  public Ref(String type, String member, int arity, Kind kind) {
    this(type, member, arity, kind, null);
  }

  /** What a reference stands for. */
  public enum Kind {
    /** The value of a field. */
    FIELD,
    /** The value a method returns. */
    RESULT,
    /** A secret inside the object a method returns (a record, a DTO built from the key). */
    RESULT_CARRIES,
    /** A secret an object of the type shows in its {@code toString()}. */
    SHOWN,
    /** A secret an object of the type shows when serialized to JSON. */
    SERIALIZED,
    /** What the files of the project pass to a parameter of a method or constructor. */
    ARGUMENT,
    /**
     * What the configuration holds under the name a constant of another file holds: {@code
     * System.getenv(EnvNames.POSTHOG_PERSONAL_API_KEY)}, read where {@code at} says.
     */
    CONFIG,
    /**
     * The PostHog secret key a constant spells once the other files' constants it is assembled from
     * are known: {@code KEY = Defaults.PREFIX + Defaults.BODY}, assembled where {@code at} says.
     */
    SPELLED_KEY,
    /**
     * What the configuration holds under the name a caller passes to a parameter of a method that
     * looks it up: {@code env(String name) { return System.getenv(name); }}, known at each call
     * from its argument ({@code env("POSTHOG_PERSONAL_API_KEY")}); the member is as for {@link
     * Kind#ARGUMENT}.
     */
    LOOKUP,
    /**
     * What the arguments of the project's methods an AspectJ advice wraps show by their parameters:
     * the type is the pointcut's type pattern ({@code com.acme.service..*}), the member its method
     * name pattern.
     */
    ADVISED_ARGUMENTS,
    /**
     * What the project's methods an AspectJ advice wraps return: as for {@link #ADVISED_ARGUMENTS}.
     */
    ADVISED_RESULTS
  }

  /** What the arguments of the methods of the types and names the patterns pick show. */
  public static Ref advisedArguments(String typePattern, String methodPattern) {
    return new Ref(typePattern, methodPattern, -1, Kind.ADVISED_ARGUMENTS);
  }

  /** What the methods of the types and names the patterns pick return. */
  public static Ref advisedResults(String typePattern, String methodPattern) {
    return new Ref(typePattern, methodPattern, -1, Kind.ADVISED_RESULTS);
  }

  /** The configuration read at {@code at} under the name that {@code type}'s constant holds. */
  public static Ref config(String type, String constant, Location at) {
    return new Ref(type, constant, -1, Kind.CONFIG, at);
  }

  /** The key that {@code type}'s constant {@code field}, assembled at {@code at}, spells. */
  public static Ref spelledKey(String type, String field, Location at) {
    return new Ref(type, field, -1, Kind.SPELLED_KEY, at);
  }

  /**
   * The type that {@code type}'s method returns, for a reference made before the project tells it:
   * {@code props.flags().secureKey()} reads {@code secureKey} of what {@code flags()} returns.
   */
  public static String returnedBy(String type, String method, int arity) {
    return type + RETURNED_BY + method + "/" + arity;
  }

  /** A method of another file whose result's type a reference names ({@link #returnedBy}). */
  public record ReturningMethod(String type, String method, int arity) {}

  /** The method a type named by {@link #returnedBy} stands for, else empty. */
  public static Optional<ReturningMethod> returningMethod(String type) {
    int at = type.indexOf(RETURNED_BY);
    int slash = type.lastIndexOf('/');
    if (at < 0 || slash < at) {
      return Optional.empty();
    }
    return Optional.of(
        new ReturningMethod(
            type.substring(0, at),
            type.substring(at + 1, slash),
            Integer.parseInt(type.substring(slash + 1))));
  }

  private static final char RETURNED_BY = '#';

  public static Ref field(String type, String name) {
    return new Ref(type, name, -1, Kind.FIELD);
  }

  public static Ref result(String type, String method, int arity) {
    return new Ref(type, method, arity, Kind.RESULT);
  }

  /**
   * The type of a {@link #result} whose receiver's type the file does not know (a lambda's
   * parameter of another file's generic method): whichever project types declare the getter.
   */
  public static final String ANY_PROJECT_TYPE = "*";

  /**
   * What the project's files pass to argument {@code index} of {@code type}'s {@code method} called
   * with {@code arity} arguments (a constructor: {@code <init>}, and -1 for any arity).
   */
  public static Ref argument(String type, String method, int arity, int index) {
    return new Ref(type, method + "#" + index, arity, Kind.ARGUMENT);
  }

  /**
   * The configuration entry that method {@code method} of {@code type}, of {@code arity}
   * parameters, looks up by the name its caller passes to parameter {@code index}.
   */
  public static Ref lookup(String type, String method, int arity, int index) {
    return new Ref(type, method + "#" + index, arity, Kind.LOOKUP);
  }

  /** Whether this is the configuration {@code method} of {@code arity} looks up by an argument. */
  public boolean isLookupOf(String method, int arity) {
    return kind == Kind.LOOKUP && this.arity == arity && argumentMethod().equals(method);
  }

  /** The method of an {@link Kind#ARGUMENT} or {@link Kind#LOOKUP} reference. */
  public String argumentMethod() {
    return member.substring(0, member.lastIndexOf('#'));
  }

  /** Whether this is what callers pass to a parameter of {@code method} of {@code arity}. */
  public boolean isArgumentOf(String method, int arity) {
    return kind == Kind.ARGUMENT && this.arity == arity && argumentMethod().equals(method);
  }

  /** The argument's index of an {@link Kind#ARGUMENT} or {@link Kind#LOOKUP} reference. */
  public int argumentIndex() {
    return Integer.parseInt(member.substring(member.lastIndexOf('#') + 1));
  }
}
