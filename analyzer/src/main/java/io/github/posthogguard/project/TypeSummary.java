package io.github.posthogguard.project;

import io.github.posthogguard.eval.Fact;
import io.github.posthogguard.eval.Location;
import io.github.posthogguard.java.AccessorNames;
import io.github.posthogguard.java.JavaType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What other files may know of one type of the project, computed from its own file alone: its kind,
 * supertypes, fields and methods with the secrets they hold or return, and what an object of it
 * shows of a secret. Holds no syntax tree: summaries of a whole project stay small.
 *
 * @param name the qualified name, nested types joined by dots
 * @param path the file that declares it
 * @param kind what kind of type it is
 * @param supertypes the qualified names of the types it extends and implements (as written where a
 *     name could not be resolved)
 * @param fields its fields (and record components), by name; and, under its name followed by {@code
 *     ()}, the constant string each static method without parameters returns, if any
 * @param methods its methods, by name
 * @param shown what its {@code toString()} shows of a secret; {@link Fact#NONE} if nothing
 * @param serialized what its JSON form shows of a secret; {@link Fact#NONE} if nothing
 * @param relevant whether it can change what another file's analysis finds, as far as its own file
 *     tells: it holds, returns or shows a secret, has a member named like one, a logger field, or a
 *     supertype the models give sources or sinks (references to other files aside; see {@link
 *     ProjectIndex#isRelevant})
 * @param mayAddFindings whether it can add a finding to another file's, as far as its own file
 *     tells: {@code relevant} without the members that are only named like a secret (those can only
 *     take a finding away: an {@code int sessionId})
 * @param relevantMembers the fields and methods that can add one, as far as its own file tells:
 *     they hold or return a secret, are named like one and of a type that can hold it, are of a
 *     type the models know, or are a constant that may be part of a key
 * @param behaves whether a supertype, as far as its own file tells, is one the models give sources
 *     or sinks: a call on the type may then match a model's row (see {@link ProjectIndex#behaves})
 * @param plainRecord a record with the {@code toString()} and JSON form every record gets: an
 *     object built by its canonical constructor shows and carries what the constructor was given
 * @param jsonComponents the names JSON writes what the constructor is given under, in the order of
 *     its parameters: a record's components, or the fields a class's one constructor assigns
 *     ({@link io.github.posthogguard.eval.JsonMembers}); empty for other types
 */
public record TypeSummary(
    String name,
    String path,
    Kind kind,
    List<String> supertypes,
    Map<String, FieldSummary> fields,
    Map<String, List<MethodSummary>> methods,
    Fact shown,
    Fact serialized,
    boolean relevant,
    boolean mayAddFindings,
    Set<String> relevantMembers,
    boolean behaves,
    boolean plainRecord,
    List<String> jsonComponents) {

  /** The kinds of types. */
  public enum Kind {
    CLASS,
    INTERFACE,
    ENUM,
    RECORD,
    ANNOTATION
  }

  /** Whether {@code new T(a, b, ..)} with this many arguments builds a plain record whole. */
  public boolean isPlainRecordBuiltWith(int arguments) {
    return plainRecord && fields.values().stream().filter(f -> !f.isStatic()).count() == arguments;
  }

  public TypeSummary {
    supertypes = List.copyOf(supertypes);
    fields = Map.copyOf(fields);
    methods = Map.copyOf(methods);
    relevantMembers = Set.copyOf(relevantMembers);
    jsonComponents = List.copyOf(jsonComponents);
  }

  /**
   * A field of the type.
   *
   * @param constant the parts of a constant's value (strings and references to other constants), or
   *     null for a variable
   * @param secret the secret it holds, if any
   * @param inToString whether the type's {@code toString()} shows it
   * @param inJson whether the type's JSON form shows it
   * @param literal where the one literal that is a constant's whole value is written, or null: a
   *     key's body whose finding belongs there, whichever file joins it to its prefix
   */
  public record FieldSummary(
      String name,
      JavaType type,
      boolean isStatic,
      List<Object> constant,
      Fact secret,
      boolean inToString,
      boolean inJson,
      Location literal) {}

  /**
   * A method of the type.
   *
   * @param returns the secret it returns, if any
   * @param carries a secret inside the object it returns, if any
   * @param builtBy where every object it returns is built, when each is built by a constructor or
   *     by another method that builds it; empty when one comes from elsewhere (a field, a
   *     parameter)
   * @param takes a secret its parameters hold by their names and types, as the text of its
   *     arguments shows them (an advice that logs every argument of the methods it wraps); null for
   *     a private method, which no advice wraps
   * @param projectKey how a message names the public project key it returns ({@code "PostHog
   *     project API key from analytics.fallback-key"}), or null: what {@code PostHogKeyMisuse}
   *     reports where another file passes it as a secret key
   * @param requestKeys by index, the parameters of a declarative HTTP client's method that are a
   *     PostHog URL's query parameter taking a key ({@link
   *     io.github.posthogguard.eval.DeclaredRequestKeys}), each with that parameter's name
   * @param requestMembers by index, the parameters a factory hands straight to a member of a
   *     PostHog request record that takes a key ({@code CaptureRequest.of(apiKey, ..)} to {@code
   *     api_key}), each with that member's name: its callers are where a key is given to it
   */
  public record MethodSummary(
      String name,
      int arity,
      JavaType returnType,
      boolean isStatic,
      Fact returns,
      Fact carries,
      List<ResultOrigin> builtBy,
      Fact takes,
      String projectKey,
      Map<Integer, String> requestKeys,
      Map<Integer, String> requestMembers) {
    public MethodSummary {
      builtBy = List.copyOf(builtBy);
      requestKeys = Map.copyOf(requestKeys);
      requestMembers = Map.copyOf(requestMembers);
    }
  }

  /**
   * Where a method's result is built: a constructor of {@code type} ({@code method} {@link
   * PassedArgument#CONSTRUCTOR}) or a method of another type, called with {@code arity} arguments.
   * {@code fromCallers}: the constructor is given what the method's callers pass, which only a call
   * site of the method tells.
   */
  public record ResultOrigin(String type, String method, int arity, boolean fromCallers) {
    public boolean isConstructor() {
      return method.equals(PassedArgument.CONSTRUCTOR);
    }
  }

  /**
   * The field a generated accessor without a declaration reads: a record's {@code admin()}, a
   * Lombok getter's {@code getAdmin()}.
   */
  public Optional<FieldSummary> accessedField(String methodName) {
    FieldSummary field =
        fields.get(kind == Kind.RECORD ? methodName : AccessorNames.property(methodName));
    return field == null || field.isStatic() || methods.containsKey(methodName)
        ? Optional.empty()
        : Optional.of(field);
  }

  public Optional<FieldSummary> field(String fieldName) {
    return Optional.ofNullable(fields.get(fieldName));
  }

  public Optional<MethodSummary> method(String methodName, int arity) {
    for (MethodSummary method : methods.getOrDefault(methodName, List.of())) {
      if (method.arity() == arity) {
        return Optional.of(method);
      }
    }
    return Optional.empty();
  }
}
