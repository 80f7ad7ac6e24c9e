package io.github.posthogguard.project;

import io.github.posthogguard.eval.Fact;
import io.github.posthogguard.eval.Pointcuts;
import io.github.posthogguard.eval.Ref;
import io.github.posthogguard.eval.Secret;
import io.github.posthogguard.eval.SecretNames;
import io.github.posthogguard.java.AccessorNames;
import io.github.posthogguard.java.JavaType;
import io.github.posthogguard.keys.PostHogKeys;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Resolves the references of summaries against a project's summaries: a constant's parts, a field's
 * or a method's secret, what an object shows. Follows supertypes for inherited members; a cycle of
 * references resolves to nothing.
 */
final class Resolution {
  private final ProjectView project;

  Resolution(ProjectView project) {
    this.project = project;
  }

  Optional<String> constant(String type, String field, Set<Ref> visiting) {
    Ref ref = Ref.field(type, field);
    if (!visiting.add(ref)) {
      return Optional.empty();
    }
    Optional<TypeSummary.FieldSummary> summary = field(type, field);
    if (summary.isEmpty() || summary.get().constant() == null) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder();
    for (Object part : summary.get().constant()) {
      if (part instanceof Ref inner) {
        Optional<String> value = constant(inner.type(), inner.member(), visiting);
        if (value.isEmpty()) {
          return Optional.empty();
        }
        text.append(value.get());
      } else {
        text.append(part);
      }
    }
    return Optional.of(text.toString());
  }

  /**
   * The secret a fact stands for. A secret known only by a name gives way to what the project knows
   * of the referenced member: its secret, or that it holds none (an {@code apiKey()} that returns a
   * {@code short}).
   */
  Optional<Secret> secret(Fact fact, Set<Ref> visiting) {
    return secret(fact, visiting, true);
  }

  /**
   * {@code direct}: the fact is the analyzed file's own, whose calls add what their arguments hold
   * to what the methods called return; a summary's fact is not.
   */
  private Optional<Secret> secret(Fact fact, Set<Ref> visiting, boolean direct) {
    Secret best = fact.secret();
    if (best != null && rank(best) == BEST) {
      return Optional.of(best);
    }
    boolean refuted = false;
    for (Ref ref : fact.refs()) {
      if (!visiting.add(ref)) {
        continue;
      }
      Optional<Fact> referenced =
          ref.type().equals(Ref.ANY_PROJECT_TYPE)
              ? refutedByEveryDeclaration(ref, direct, visiting)
              : referenced(ref, direct);
      Optional<Secret> resolved = referenced.flatMap(f -> secret(f, visiting, false));
      if (ref.kind() == Ref.Kind.ARGUMENT && !PassedArgument.readsAThrownMessage(ref)) {
        // what a caller's name says stays with the caller, but for a PostHog key's name and the
        // message of an exception that reaches its reader, which its creation reports otherwise
        resolved =
            resolved.filter(s -> s.provenance() != Secret.Provenance.NAME || s.isPostHogKey());
      }
      if (resolved.isPresent() && (best == null || rank(resolved.get()) > rank(best) || refuted)) {
        best = ownedAsNamed(resolved.get(), best);
        refuted = false;
      }
      if (resolved.isEmpty() && ref.equals(fact.named()) && referenced.isPresent()) {
        refuted = best == fact.secret();
      }
    }
    return refuted ? Optional.empty() : Optional.ofNullable(best);
  }

  private static final int BEST = 6;

  /**
   * A credential an API hands out ({@code refreshToken.getTokenValue()}, a Jenkins credential's
   * secret), or an OAuth token an answer names only by its kind ({@code json.get("access_token")}),
   * kept where a name says which PostHog key or token it is ({@code record
   * PostHogOAuthTokens(String accessToken, ..)}, {@code personalApiKey}): that key, from that
   * origin.
   */
  private static Secret ownedAsNamed(Secret resolved, Secret named) {
    if (named == null
        || named.provenance() != Secret.Provenance.NAME
        || named.keyType() == null
        || !resolved.mayBeKeptAs(named.keyType())) {
      return resolved;
    }
    return resolved.as(named.keyType());
  }

  /**
   * How much a secret says: a PostHog key known by its value or source, another secret so known, a
   * PostHog key known by a name; then a key a config file writes as the project key (reported
   * there, as {@link io.github.posthogguard.eval.Fact#or} ranks it), which still says more than
   * another name.
   */
  private static int rank(Secret secret) {
    if (secret.isWrittenAsTheProjectKey()) {
      return 1;
    }
    boolean named = secret.provenance() == Secret.Provenance.NAME;
    if (secret.isPostHogKey()) {
      return named ? 2 : BEST;
    }
    return named ? 0 : 4;
  }

  private Optional<Fact> referenced(Ref ref, boolean direct) {
    Optional<Ref.ReturningMethod> returning = Ref.returningMethod(ref.type());
    if (returning.isPresent()) {
      return returnedType(returning.get())
          .flatMap(
              type ->
                  referenced(
                      new Ref(type, ref.member(), ref.arity(), ref.kind(), ref.at()), direct));
    }
    return switch (ref.kind()) {
      case FIELD -> field(ref.type(), ref.member()).map(TypeSummary.FieldSummary::secret);
      case RESULT ->
          method(ref.type(), ref.member(), ref.arity())
              .map(m -> withoutOwnArguments(asBuilt(m.returns(), m, direct), m))
              .or(() -> generatedGetter(ref));
      case RESULT_CARRIES ->
          method(ref.type(), ref.member(), ref.arity())
              .map(m -> withoutOwnArguments(asBuilt(m.carries().or(m.returns()), m, direct), m))
              .or(() -> generatedGetter(ref));
      case CONFIG ->
          constant(ref.type(), ref.member(), new HashSet<>())
              .flatMap(key -> SecretNames.byConfigKey(project, key, ref.at()))
              .map(Fact::of);
      case SPELLED_KEY ->
          constant(ref.type(), ref.member(), new HashSet<>())
              .map(PostHogKeys::findSecrets)
              .filter(keys -> !keys.isEmpty())
              .map(
                  keys ->
                      Fact.of(
                          new Secret(
                              keys.get(0).type(),
                              Secret.Provenance.LITERAL,
                              keys.get(0).masked(),
                              ref.at())));
      case LOOKUP -> Optional.empty(); // known at each call, from its argument
      case ADVISED_ARGUMENTS -> advised(ref, TypeSummary.MethodSummary::takes);
      case ADVISED_RESULTS -> advised(ref, Resolution::returnedWhole);
      case SHOWN -> firstOfTypes(ref.type(), s -> s.shown());
      case SERIALIZED -> firstOfTypes(ref.type(), s -> s.serialized());
      case ARGUMENT ->
          direct
                  || !ref.argumentMethod().equals(PassedArgument.CONSTRUCTOR)
                  || project.creations(ref.type()) == 1
              ? Optional.of(withoutArguments(passed(ref), ref))
              : Optional.empty();
    };
  }

  /** What the project passes where {@code ref} reads, with the subclasses it asks for. */
  private Fact passed(Ref ref) {
    Fact fact = project.passed(ref.type(), ref.argumentMethod(), ref.arity(), passedIndex(ref));
    if (PassedArgument.readsSubclassMessages(ref)) {
      for (String subclass : project.subtypesOf(ref.type())) {
        fact = fact.or(project.passed(subclass, PassedArgument.MESSAGE, ref.arity(), 0));
      }
    }
    return fact;
  }

  /** The argument a reference reads: a message's is its first, however far it reaches. */
  private static int passedIndex(Ref ref) {
    return ref.argumentMethod().equals(PassedArgument.MESSAGE) ? 0 : ref.argumentIndex();
  }

  /** What a method returns, and what the object it returns carries. */
  private static Fact returnedWhole(TypeSummary.MethodSummary method) {
    Fact returns = method.returns() == null ? Fact.NONE : method.returns();
    return method.carries() == null ? returns : returns.or(method.carries());
  }

  /**
   * What the methods an advice wraps ({@link Ref#advisedArguments}, {@link Ref#advisedResults})
   * take or return.
   */
  private Optional<Fact> advised(Ref ref, Function<TypeSummary.MethodSummary, Fact> read) {
    Fact fact = Fact.NONE;
    for (TypeSummary type : project.summaries()) {
      if (!Pointcuts.typeMatches(ref.type(), type.name())) {
        continue;
      }
      for (List<TypeSummary.MethodSummary> methods : type.methods().values()) {
        for (TypeSummary.MethodSummary method : methods) {
          Fact value =
              method.name().equals(PassedArgument.CONSTRUCTOR) || method.takes() == null
                  ? null // a constructor, or a private method: no advice wraps it
                  : read.apply(method);
          if (value != null && Pointcuts.nameMatches(ref.member(), method.name())) {
            fact = fact.or(value);
          }
        }
      }
    }
    return fact.isNone() ? Optional.empty() : Optional.of(fact);
  }

  /**
   * What a caller passes, but for what its own callers pass it: a secret travels one call into
   * another file, not on through every helper that hands a value on (a URL decoder is given a
   * session id by one caller: its other callers' values are no session ids).
   */
  private static Fact withoutArguments(Fact passed, Ref ref) {
    boolean message = ref.argumentMethod().equals(PassedArgument.MESSAGE);
    boolean throughHelpers = message && ref.argumentIndex() != PassedArgument.CREATED_HERE;
    return passed.without(
        r ->
            r.kind() == Ref.Kind.ARGUMENT
                && !throughHelpers
                && !(message && isFactoryArgument(r, ref.type()))
                && !r.argumentMethod().equals(PassedArgument.OWN_MESSAGE));
  }

  /**
   * An argument of a static factory of the exception itself ({@code throw
   * ApiException.forStatus(status, authorization)}): the message it builds is each caller's.
   */
  private static boolean isFactoryArgument(Ref argument, String exception) {
    return argument.type().equals(exception)
        && !argument.argumentMethod().equals(PassedArgument.CONSTRUCTOR);
  }

  /**
   * A method's result without what its own parameters bring: each call site adds what its arguments
   * hold, so that one caller's secret does not make every call's result one.
   */
  private static Fact withoutOwnArguments(Fact result, TypeSummary.MethodSummary method) {
    return result.without(r -> r.isArgumentOf(method.name(), method.arity()));
  }

  /**
   * What a method's result holds, when it is built whole from what it was given: what the
   * constructors were given, without what the types built show by their members' names ({@code
   * return new FlagSettingsDto(host, mask(key))}).
   */
  private Fact asBuilt(Fact result, TypeSummary.MethodSummary method, boolean direct) {
    if (!builtWhole(method, direct, new HashSet<>())) {
      return result;
    }
    // a plain record shows what it carries: what its constructor was given
    return result
        .or(method.carries())
        .without(
            r ->
                (r.kind() == Ref.Kind.SHOWN || r.kind() == Ref.Kind.SERIALIZED)
                    && method.builtBy().stream()
                        .anyMatch(o -> o.isConstructor() && o.type().equals(r.type())));
  }

  /**
   * Whether every object a method of the project returns is built by a plain record's canonical
   * constructor, there or in the methods it returns the result of: what it holds is what those
   * constructors were given.
   */
  boolean buildsResult(String type, String name, int arity, boolean direct, Set<String> visiting) {
    return method(type, name, arity).filter(m -> builtWhole(m, direct, visiting)).isPresent();
  }

  /**
   * {@code direct}: called by the analyzed file, which adds what its arguments hold; further on, a
   * constructor given what the method's callers pass builds an object nobody here knows the content
   * of.
   */
  private boolean builtWhole(
      TypeSummary.MethodSummary method, boolean direct, Set<String> visiting) {
    if (method.builtBy().isEmpty()) {
      return false;
    }
    for (TypeSummary.ResultOrigin origin : method.builtBy()) {
      boolean built =
          origin.isConstructor()
              ? (direct || !origin.fromCallers())
                  && project
                      .type(origin.type())
                      .filter(t -> t.isPlainRecordBuiltWith(origin.arity()))
                      .isPresent()
              : visiting.add(origin.type() + "#" + origin.method() + "/" + origin.arity())
                  && buildsResult(origin.type(), origin.method(), origin.arity(), false, visiting);
      if (!built) {
        return false;
      }
    }
    return true;
  }

  /**
   * A getter named like a secret on a receiver of a type the file does not know ({@code
   * repository.findById(id).map(event -> event.getSessionId())}): no secret where every project
   * type that declares it returns what can hold none (a {@code Long} session counter); else
   * unknown, and the name decides.
   */
  private Optional<Fact> refutedByEveryDeclaration(Ref ref, boolean direct, Set<Ref> visiting) {
    boolean declared = false;
    for (TypeSummary type : project.summaries()) {
      Optional<Fact> returned =
          referenced(new Ref(type.name(), ref.member(), ref.arity(), ref.kind(), ref.at()), direct);
      if (returned.isEmpty()) {
        continue;
      }
      if (secret(returned.get(), visiting, false).isPresent()) {
        return Optional.empty();
      }
      declared = true;
    }
    return declared ? Optional.of(Fact.NONE) : Optional.empty();
  }

  /**
   * An accessor the project's source does not declare but whose field it does: a record's component
   * accessor, or a getter Lombok's {@code @Data}/{@code @Getter}/{@code @Value} wrote; it returns
   * the field.
   */
  private Optional<Fact> generatedGetter(Ref ref) {
    if (ref.arity() != 0) {
      return Optional.empty();
    }
    if (AccessorNames.isGetter(ref.member())) {
      return field(ref.type(), AccessorNames.property(ref.member()))
          .filter(f -> !f.isStatic())
          .map(TypeSummary.FieldSummary::secret);
    }
    return project
        .type(ref.type())
        .filter(s -> s.kind() == TypeSummary.Kind.RECORD)
        .flatMap(s -> s.field(ref.member()))
        .filter(f -> !f.isStatic())
        .map(TypeSummary.FieldSummary::secret);
  }

  private Optional<Fact> firstOfTypes(
      String type, java.util.function.Function<TypeSummary, Fact> what) {
    for (String t : withSupertypes(type)) {
      Optional<TypeSummary> summary = project.type(t);
      if (summary.isPresent() && !what.apply(summary.get()).isNone()) {
        return Optional.of(what.apply(summary.get()));
      }
    }
    return Optional.empty();
  }

  Optional<TypeSummary.FieldSummary> field(String type, String name) {
    for (String t : withSupertypes(type)) {
      Optional<TypeSummary.FieldSummary> field = project.type(t).flatMap(s -> s.field(name));
      if (field.isPresent()) {
        return field;
      }
    }
    return Optional.empty();
  }

  private Optional<TypeSummary.MethodSummary> method(String type, String name, int arity) {
    if (project.type(type).filter(s -> s.kind() == TypeSummary.Kind.INTERFACE).isPresent()) {
      Optional<TypeSummary.MethodSummary> implemented = onlyImplementation(type, name, arity);
      if (implemented.isPresent()) {
        return implemented;
      }
    }
    for (String t : withSupertypes(type)) {
      Optional<TypeSummary.MethodSummary> method =
          project.type(t).flatMap(s -> s.method(name, arity));
      if (method.isPresent()) {
        return method;
      }
    }
    return Optional.empty();
  }

  /**
   * An interface's method as the one class of the project that implements it declares it: a service
   * called through its interface ({@code flagService.localEvaluationKey()}) returns what its one
   * implementation returns. Several implementations may each return another value: none is chosen.
   */
  private Optional<TypeSummary.MethodSummary> onlyImplementation(
      String type, String name, int arity) {
    List<TypeSummary.MethodSummary> implemented =
        project.subtypesOf(type).stream()
            .map(t -> project.type(t).flatMap(s -> s.method(name, arity)))
            .flatMap(Optional::stream)
            .toList();
    return implemented.size() == 1 ? Optional.of(implemented.get(0)) : Optional.empty();
  }

  /** The project type a method of the project returns: declared, or a record's component. */
  private Optional<String> returnedType(Ref.ReturningMethod returning) {
    JavaType returned =
        method(returning.type(), returning.method(), returning.arity())
            .map(TypeSummary.MethodSummary::returnType)
            .or(
                () ->
                    returning.arity() == 0
                        ? project
                            .type(returning.type())
                            .flatMap(s -> s.accessedField(returning.method()))
                            .map(TypeSummary.FieldSummary::type)
                        : Optional.empty())
            .orElse(JavaType.UNKNOWN);
    return returned.kind() == JavaType.Kind.CLASS && project.declares(returned.name())
        ? Optional.of(returned.name())
        : Optional.empty();
  }

  /** The type and its supertypes the project declares, nearest first. */
  private List<String> withSupertypes(String type) {
    Set<String> all = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(type));
    while (!todo.isEmpty()) {
      String next = todo.pop();
      if (all.add(next)) {
        project.type(next).ifPresent(s -> todo.addAll(s.supertypes()));
      }
    }
    return List.copyOf(all);
  }
}
