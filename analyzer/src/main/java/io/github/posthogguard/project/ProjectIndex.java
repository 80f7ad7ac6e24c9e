package io.github.posthogguard.project;

import io.github.posthogguard.config.ConfigEntry;
import io.github.posthogguard.config.ConfigIndex;
import io.github.posthogguard.config.EntryKind;
import io.github.posthogguard.config.HeldKey;
import io.github.posthogguard.eval.Fact;
import io.github.posthogguard.eval.Ref;
import io.github.posthogguard.eval.Secret;
import io.github.posthogguard.java.AccessorNames;
import io.github.posthogguard.java.JavaType;
import io.github.posthogguard.java.ThrowableNames;
import io.github.posthogguard.keys.PostHogKeys;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The project index: the summaries of the project's types, by qualified name, and the names of
 * every type the project declares. Immutable once built and shared by every file's analysis and
 * thread; resolutions are kept. A name declared twice (two modules with one class name) is
 * ambiguous: known as declared, with no summary.
 */
public final class ProjectIndex implements ProjectView {
  private final Map<String, TypeSummary> summaries;
  private volatile Map<String, List<String>> directSubtypes; // made on first use
  private final Set<String> declared;
  private final ConfigIndex config;
  private final Map<Fact, Optional<Secret>> resolved = new ConcurrentHashMap<>();
  private final Map<String, Boolean> relevant = new ConcurrentHashMap<>();
  private volatile Set<String> relevantSimpleNames;
  private volatile Set<String> addingSimpleNames;
  private final Map<String, Fact> passed;
  private final Map<String, Integer> creations;
  private final Map<String, Set<String>> slotsByType;

  /**
   * Only a secret that flows travels to another file: what a member's name says stays in its file,
   * but for a PostHog key's name.
   */
  private static final Predicate<Secret> FLOWS =
      s -> s.provenance() != Secret.Provenance.NAME || s.isPostHogKey();

  public ProjectIndex(Collection<TypeSummary> summaries, Set<String> declared) {
    this(summaries, declared, ConfigIndex.EMPTY);
  }

  /** The index of the summaries, with what {@code config} says the configuration holds. */
  public ProjectIndex(Collection<TypeSummary> summaries, Set<String> declared, ConfigIndex config) {
    this(summaries, declared, config, List.of());
  }

  /** The index, with what the project's files pass to the methods of its types. */
  public ProjectIndex(
      Collection<TypeSummary> summaries,
      Set<String> declared,
      ConfigIndex config,
      Collection<PassedArgument> passedArguments) {
    this.config = config;
    Map<String, List<Fact>> bySlot = new HashMap<>();
    Map<String, Set<String>> slotsByType = new HashMap<>();
    Map<String, Integer> creations = new HashMap<>();
    for (PassedArgument argument : passedArguments) {
      if (argument.method().equals(PassedArgument.CREATION)) {
        creations.merge(argument.type(), 1, Integer::sum);
        continue;
      }
      if (argument.method().equals(PassedArgument.COPY)) {
        creations.merge(argument.type(), -1, Integer::sum);
        continue;
      }
      bySlot.computeIfAbsent(argument.slot(), s -> new ArrayList<>()).add(argument.fact());
      slotsByType.computeIfAbsent(argument.type(), t -> new HashSet<>()).add(argument.slot());
    }
    Map<String, Fact> passed = new HashMap<>();
    bySlot.forEach((slot, facts) -> passed.put(slot, Fact.orAll(facts)));
    this.passed = Map.copyOf(passed);
    this.creations = Map.copyOf(creations);
    this.slotsByType = Map.copyOf(slotsByType);
    Map<String, TypeSummary> byName = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (TypeSummary summary : summaries) {
      TypeSummary known = byName.putIfAbsent(summary.name(), summary);
      if (known != null && !known.path().equals(summary.path())) {
        ambiguous.add(summary.name());
      }
    }
    ambiguous.forEach(byName::remove);
    this.summaries = Map.copyOf(byName);
    Set<String> all = new HashSet<>(declared);
    all.addAll(byName.keySet());
    all.addAll(ambiguous);
    this.declared = Set.copyOf(all);
  }

  /**
   * The types whose fields keep what their constructors are given, which other files create with a
   * secret: where the project creates one only once, its fields hold that creation's secret.
   */
  public Set<String> createdWithSecrets() {
    Set<String> types = new HashSet<>();
    for (TypeSummary summary : summaries.values()) {
      boolean keeps =
          summary.fields().values().stream()
              .flatMap(field -> field.secret().refs().stream())
              .anyMatch(
                  ref ->
                      ref.kind() == Ref.Kind.ARGUMENT
                          && ref.argumentMethod().equals(PassedArgument.CONSTRUCTOR)
                          && ref.type().equals(summary.name()));
      if (keeps && receivesSecrets(summary.name())) {
        types.add(summary.name());
      }
    }
    return types;
  }

  @Override
  public int creations(String type) {
    return Math.max(0, creations.getOrDefault(type, 0));
  }

  @Override
  public Fact passed(String type, String method, int arity, int index) {
    Fact fact = passed.get(PassedArgument.slot(type, method, arity, index));
    if (PassedArgument.isThrown(method)) {
      // a catch of an exception type of the project around a call of `type` also catches the
      // subtypes that type throws, where its own file could not tell their supertypes
      for (String subtype : subtypesOf(PassedArgument.thrownException(method))) {
        Fact ofSubtype =
            passed.get(
                PassedArgument.slot(
                    type, PassedArgument.ofTheSameKind(method, subtype), arity, index));
        if (ofSubtype != null) {
          fact = fact == null ? ofSubtype : fact.or(ofSubtype);
        }
      }
    }
    return fact == null ? Fact.NONE : fact;
  }

  @Override
  public Set<String> subtypesOf(String type) {
    Map<String, List<String>> direct = directSubtypes;
    if (direct == null) {
      Map<String, List<String>> made = new HashMap<>();
      summaries.forEach(
          (name, summary) ->
              summary
                  .supertypes()
                  .forEach(s -> made.computeIfAbsent(s, x -> new ArrayList<>()).add(name)));
      directSubtypes = direct = made;
    }
    Set<String> all = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(direct.getOrDefault(type, List.of()));
    while (!todo.isEmpty()) {
      String next = todo.pop();
      if (all.add(next)) {
        todo.addAll(direct.getOrDefault(next, List.of()));
      }
    }
    return all;
  }

  /** What the project builds an exception of {@code type} with as its message. */
  private Fact message(String type) {
    return passed(type, PassedArgument.MESSAGE, -1, 0);
  }

  /** Whether other files pass a secret to a method or constructor of {@code type}. */
  public boolean receivesSecrets(String type) {
    return slotsByType.getOrDefault(type, Set.of()).stream()
        .map(passed::get)
        .anyMatch(this::carriesSecret);
  }

  /** Whether {@code fact} resolves, with what the index knows, to a secret that flows. */
  public boolean carriesSecret(Fact fact) {
    return resolve(fact).filter(FLOWS).isPresent();
  }

  @Override
  public Optional<TypeSummary> type(String qualifiedName) {
    return Optional.ofNullable(summaries.get(qualifiedName));
  }

  @Override
  public boolean declares(String qualifiedName) {
    return declared.contains(qualifiedName);
  }

  @Override
  public List<HeldKey> configKeys(String reader, String name, Set<EntryKind> kinds) {
    return config.keysHeldFor(reader, name, kinds);
  }

  @Override
  public Optional<ConfigEntry> configSwitchingOn(String reader, String name) {
    return config.switchingOn(reader, name);
  }

  @Override
  public Optional<String> secretEntryOfConfigFile(String fileName) {
    return config.secretEntryOf(fileName);
  }

  @Override
  public Optional<Secret> resolve(Fact fact) {
    if (fact.refs().isEmpty()) {
      return Optional.ofNullable(fact.secret());
    }
    Optional<Secret> known = resolved.get(fact);
    if (known == null) {
      known = ProjectView.super.resolve(fact);
      resolved.put(fact, known);
    }
    return known;
  }

  /**
   * Whether the type's summary can change another file's findings: by what its own file tells, or
   * because one of its facts resolves to a secret through other files.
   */
  public boolean isRelevant(String qualifiedName) {
    return isRelevant(qualifiedName, new HashSet<>());
  }

  private boolean isRelevant(String qualifiedName, Set<String> seen) {
    TypeSummary summary = summaries.get(qualifiedName);
    if (summary == null || !seen.add(qualifiedName)) {
      return false;
    }
    if (summary.relevant() || summary.supertypes().stream().anyMatch(s -> isRelevant(s, seen))) {
      return true; // a project type's relevance shows only through its own supertypes
    }
    return relevant.computeIfAbsent(
        qualifiedName, q -> facts(summary).anyMatch(f -> resolve(f).isPresent()));
  }

  /**
   * Whether what a file's analysis demanded ({@link RecordingView#demanded}: a type, one member of
   * a type, or only its supertypes) can change its findings. {@code foundAlone}: the file found
   * something alone, which the project may also take away (a member named like a secret whose type
   * cannot hold one); a file that found nothing can only gain findings.
   */
  boolean isRelevantDemand(String demand, boolean foundAlone) {
    if (demand.charAt(demand.length() - 1) == RecordingView.SUPERTYPES) {
      return behaves(demand.substring(0, demand.length() - 1), new HashSet<>());
    }
    if (RecordingView.asksForTheBody(demand)) {
      demand = demand.substring(0, demand.length() - 1);
    }
    int member = demand.indexOf(RecordingView.MEMBER);
    if (member < 0) {
      return foundAlone ? isRelevant(demand) : mayAddFindings(demand, new HashSet<>());
    }
    return isRelevantMember(
        demand.substring(0, member), demand.substring(member + 1), foundAlone, new HashSet<>());
  }

  /**
   * Whether the type's member (a field or the methods of that name, its own or inherited) can
   * change another file's findings: it may add one by its own file, it holds or returns a secret
   * through other files, or its type may; or it may take one away (named like a secret).
   */
  private boolean isRelevantMember(
      String type, String member, boolean takesAway, Set<String> seen) {
    if (type.equals(Ref.ANY_PROJECT_TYPE)) {
      return summaries.keySet().stream()
          .anyMatch(declaring -> isRelevantMember(declaring, member, takesAway, seen));
    }
    if (member.equals(PassedArgument.MESSAGE) || PassedArgument.isThrown(member)) {
      // what the project builds an exception with, whatever its type's summary (a JDK exception
      // has none), or one of its subclasses, which a handler of the base exception reads
      // (a secret its builder knows by a name too: the readers that a message reaches take it)
      return resolve(passed(type, member, -1, 0)).isPresent()
          || member.equals(PassedArgument.MESSAGE)
              && subtypesOf(type).stream()
                  .anyMatch(subclass -> resolve(passed(subclass, member, -1, 0)).isPresent());
    }
    TypeSummary summary = summaries.get(type);
    if (summary == null || !seen.add(type)) {
      return false;
    }
    if (summary.relevantMembers().contains(member)) {
      return true;
    }
    if (throwsWithKey(type)) {
      // a call of its methods may fail with what it builds an exception with: the caller's error
      // callback gets it without naming the exception (whenComplete((json, err) -> ..))
      return true;
    }
    if (member.equals(PassedArgument.CONSTRUCTOR)) {
      // a creation given a secret: a plain record shows what it is built with, and so may a
      // toString() that shows the fields its constructor sets
      return summary.plainRecord() || !summary.shown().isNone();
    }
    Optional<TypeSummary.FieldSummary> field = summary.field(member);
    List<TypeSummary.MethodSummary> methods = summary.methods().getOrDefault(member, List.of());
    if (field.isEmpty() && methods.isEmpty() && AccessorNames.isGetter(member)) {
      // a getter Lombok writes, or a record's accessor: it returns its field
      field = summary.field(AccessorNames.property(member)).filter(f -> !f.isStatic());
      if (field.isPresent() && summary.relevantMembers().contains(field.get().name())) {
        return true;
      }
    }
    if (takesAway
        && (field.isPresent() || !methods.isEmpty())
        && Summarizer.namedLikeSecret(member)) {
      return true;
    }
    if (field.isPresent()
        && (resolve(field.get().secret()).isPresent()
            || relevantThrough(field.get().type(), takesAway))) {
      return true;
    }
    for (TypeSummary.MethodSummary method : methods) {
      if (resolve(method.returns()).isPresent()
          || resolve(method.carries()).isPresent()
          || returnsAnArgument(method)
          || relevantThrough(method.returnType(), takesAway)) {
        return true;
      }
    }
    return summary.supertypes().stream()
        .anyMatch(s -> isRelevantMember(s, member, takesAway, seen));
  }

  /**
   * Whether what a method returns holds one of its parameters, or the setting one names: each
   * caller's argument.
   */
  private static boolean returnsAnArgument(TypeSummary.MethodSummary method) {
    return method.returns().or(method.carries()).refs().stream()
        .anyMatch(
            r ->
                r.isArgumentOf(method.name(), method.arity())
                    || r.isLookupOf(method.name(), method.arity()));
  }

  /**
   * A member's type through which the second pass may see more: a project type that is relevant, or
   * a type its file could not resolve (another file's type of the same package, for one) whose
   * simple name such a type has.
   */
  private boolean relevantThrough(JavaType type, boolean takesAway) {
    if (type == null) {
      return false;
    }
    Predicate<String> relevantType =
        takesAway ? this::isRelevant : name -> mayAddFindings(name, new HashSet<>());
    if (type.kind() == JavaType.Kind.CLASS) {
      // Optional<SyncFailure>, List<Credentials>: what the container holds
      return summaries.containsKey(type.name()) && relevantType.test(type.name())
          || type.arguments().stream().anyMatch(argument -> relevantThrough(argument, takesAway));
    }
    if (type.kind() != JavaType.Kind.UNRESOLVED) {
      return false;
    }
    Set<String> simpleNames = takesAway ? relevantSimpleNames : addingSimpleNames;
    if (simpleNames == null) {
      simpleNames = simpleNamesOf(relevantType);
      if (takesAway) {
        relevantSimpleNames = simpleNames;
      } else {
        addingSimpleNames = simpleNames;
      }
    }
    return simpleNames.contains(type.name().substring(type.name().lastIndexOf('.') + 1));
  }

  private Set<String> simpleNamesOf(Predicate<String> relevantType) {
    Set<String> names = new HashSet<>();
    for (String name : summaries.keySet()) {
      if (relevantType.test(name)) {
        names.add(name.substring(name.lastIndexOf('.') + 1));
      }
    }
    return Set.copyOf(names);
  }

  /**
   * Whether the type, or a supertype through the project, extends a type the models give sources or
   * sinks: a call on it may match a model's row.
   */
  boolean behaves(String qualifiedName, Set<String> seen) {
    TypeSummary summary = summaries.get(qualifiedName);
    if (summary == null || !seen.add(qualifiedName)) {
      return false;
    }
    return summary.behaves() || summary.supertypes().stream().anyMatch(s -> behaves(s, seen));
  }

  /** Whether the type may add a finding to another file's: {@link #isRelevant} without names. */
  private boolean mayAddFindings(String qualifiedName, Set<String> seen) {
    TypeSummary summary = summaries.get(qualifiedName);
    if (summary == null || !seen.add(qualifiedName)) {
      return false;
    }
    if (summary.mayAddFindings()
        || thrownWithKey(qualifiedName)
        || summary.supertypes().stream().anyMatch(s -> mayAddFindings(s, seen))) {
      return true;
    }
    return relevant.computeIfAbsent(
        qualifiedName, q -> facts(summary).anyMatch(f -> resolve(f).isPresent()));
  }

  public Collection<TypeSummary> summaries() {
    return summaries.values();
  }

  /**
   * The names a file must mention to reach a secret of the summary's type without spelling a
   * secret's name itself: types whose objects show a secret in {@code toString()} or a PostHog key
   * in their JSON form, fields and methods that hold or return a PostHog key, a team's source or a
   * configured secret (or carry one inside), constants that hold a secret key's prefix.
   */
  public List<String> clueNamesOf(TypeSummary summary) {
    List<String> names = new ArrayList<>();
    if (resolve(summary.shown()).isPresent()
        || isKey(summary.serialized())
        || thrownWithKey(summary.name())) {
      names.add(summary.name().substring(summary.name().lastIndexOf('.') + 1));
    }
    summary.fields().values().stream()
        .filter(f -> isKey(f.secret()) || spellsSecretPrefix(f.constant()))
        .forEach(f -> names.add(f.name()));
    summary.methods().values().stream()
        .flatMap(List::stream)
        .filter(m -> isKey(m.returns()) || isKey(m.carries()))
        .forEach(m -> names.add(m.name()));
    return names;
  }

  /**
   * The simple names of the exceptions other files build with a key in their message, whether or
   * not their own files were read: a handler that reads the message names the exception only; and
   * of the methods that return one, kept for later ({@code Optional<SyncFailure> lastFailure()}).
   */
  public List<String> exceptionsThrownWithKey() {
    Set<String> keyed = new HashSet<>();
    List<String> names = new ArrayList<>();
    for (String type : slotsByType.keySet()) {
      if (thrownWithKey(type) && isThrowable(type, new HashSet<>())) {
        keyed.add(type);
        names.add(type.substring(type.lastIndexOf('.') + 1));
        // a handler of a base exception of the project reads the message too
        projectSupertypesOf(type).forEach(t -> names.add(t.substring(t.lastIndexOf('.') + 1)));
      } else if (throwsWithKey(type)) {
        // an error callback of a chain that calls it gets the exception without naming its type
        names.add(type.substring(type.lastIndexOf('.') + 1));
      }
    }
    if (!keyed.isEmpty()) {
      summaries.values().stream()
          .flatMap(summary -> summary.methods().values().stream())
          .flatMap(List::stream)
          .filter(method -> returnsAny(method.returnType(), keyed))
          .forEach(method -> names.add(method.name()));
    }
    return names;
  }

  /** The project's types that {@code type} extends or implements, directly or not. */
  private Set<String> projectSupertypesOf(String type) {
    Set<String> all = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(type));
    while (!todo.isEmpty()) {
      TypeSummary summary = summaries.get(todo.pop());
      if (summary != null) {
        for (String supertype : summary.supertypes()) {
          if (summaries.containsKey(supertype) && all.add(supertype)) {
            todo.add(supertype);
          }
        }
      }
    }
    return all;
  }

  /** Whether a type is one of {@code types}, or has one as a type argument. */
  private static boolean returnsAny(JavaType type, Set<String> types) {
    return type != null
        && (types.contains(type.name())
            || type.arguments().stream().anyMatch(argument -> returnsAny(argument, types)));
  }

  /**
   * Whether a type of the project may be an exception: a supertype is, by the project or by a
   * library type's name ({@code RuntimeException}, {@code HttpClientResponseException}); or its
   * file was not read.
   */
  private boolean isThrowable(String type, Set<String> seen) {
    TypeSummary summary = summaries.get(type);
    if (summary == null) {
      return seen.isEmpty();
    }
    if (!seen.add(type)) {
      return false;
    }
    for (String supertype : summary.supertypes()) {
      if (ThrowableNames.namedAsThrowable(supertype) || isThrowable(supertype, seen)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether other files build an exception of {@code type} with a secret in its message, even one
   * known by its name only: the handler that logs the message names the exception, not the secret,
   * and is where the leak is reported ({@code "Bearer " + accessToken} in another file's message).
   * A library's exception (an {@code IllegalArgumentException}) carries such a secret no further
   * than its file: its handlers receive the libraries' failures too.
   */
  private boolean thrownWithKey(String type) {
    return messageHoldsASecret(type, message(type));
  }

  /** Whether a method of {@code type} throws an exception whose message holds a secret. */
  private boolean throwsWithKey(String type) {
    return slotsByType.getOrDefault(type, Set.of()).stream()
        .filter(slot -> PassedArgument.isThrown(slot.substring(type.length() + 1)))
        .anyMatch(
            slot ->
                messageHoldsASecret(
                    PassedArgument.thrownException(slot.substring(type.length() + 1)),
                    passed.get(slot)));
  }

  /**
   * Whether the message of an {@code exception} holds a secret its handlers' files must be read
   * for: any secret for an exception of the project, a key for a library's ({@link
   * #thrownWithKey}).
   */
  private boolean messageHoldsASecret(String exception, Fact message) {
    return declared.contains(exception) ? resolve(message).isPresent() : isKey(message);
  }

  /**
   * A constant that holds a secret key's prefix ({@code PREFIX = "phx_"}): a file that names it may
   * assemble a key with no prefix of its own in its text.
   */
  private static boolean spellsSecretPrefix(List<Object> constantParts) {
    return constantParts != null
        && constantParts.stream()
            .anyMatch(part -> part instanceof String text && PostHogKeys.maySpellSecret(text));
  }

  /**
   * A secret whose name another file need not spell: a PostHog key, a team's source, or what the
   * configuration names a secret ({@code @Value("${webhook.signing-secret}")} behind a getter
   * {@code currentValue()}). A secret judged by its name is not: a file that reads it spells it.
   */
  private boolean isKey(Fact fact) {
    return resolve(fact)
        .filter(
            s ->
                s.isPostHogKey()
                    || s.provenance() == Secret.Provenance.TEAM
                    || s.provenance() == Secret.Provenance.CONFIG)
        .isPresent();
  }

  private static Stream<Fact> facts(TypeSummary summary) {
    return Stream.of(
            summary.fields().values().stream().map(TypeSummary.FieldSummary::secret),
            summary.methods().values().stream()
                .flatMap(List::stream)
                .flatMap(m -> Stream.of(m.returns(), m.carries())),
            Stream.of(summary.shown(), summary.serialized()))
        .flatMap(s -> s)
        .filter(f -> !f.isNone());
  }
}
