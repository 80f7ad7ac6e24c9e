package io.github.posthogguard.project;

import io.github.posthogguard.config.ConfigEntry;
import io.github.posthogguard.config.EntryKind;
import io.github.posthogguard.config.HeldKey;
import io.github.posthogguard.eval.Fact;
import io.github.posthogguard.eval.Ref;
import io.github.posthogguard.eval.Secret;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A view that records what a file's findings may depend on in other files: the types the analysis
 * demanded, and the references it tried to resolve. Once the index is complete, the project can
 * tell whether the file's findings may change.
 */
final class RecordingView implements ProjectView {
  private final ProjectView delegate;
  private final Set<String> demanded = new HashSet<>();
  private final Set<Ref> refs = new HashSet<>();

  RecordingView(ProjectView delegate) {
    this.delegate = delegate;
  }

  @Override
  public Optional<TypeSummary> type(String qualifiedName) {
    return delegate.type(qualifiedName);
  }

  @Override
  public Collection<TypeSummary> summaries() {
    return delegate.summaries();
  }

  @Override
  public boolean declares(String qualifiedName) {
    return delegate.declares(qualifiedName);
  }

  @Override
  public Set<String> subtypesOf(String type) {
    return delegate.subtypesOf(type);
  }

  @Override
  public List<HeldKey> configKeys(String reader, String name, Set<EntryKind> kinds) {
    return delegate.configKeys(reader, name, kinds);
  }

  @Override
  public Optional<ConfigEntry> configSwitchingOn(String reader, String name) {
    return delegate.configSwitchingOn(reader, name);
  }

  @Override
  public Optional<String> secretEntryOfConfigFile(String fileName) {
    return delegate.secretEntryOfConfigFile(fileName);
  }

  /** Between a type and its member in a {@link #demanded} entry. */
  static final char MEMBER = '#';

  /** After a type whose supertypes alone were asked about, in a {@link #demanded} entry. */
  static final char SUPERTYPES = '^';

  @Override
  public void demand(String type) {
    demanded.add(type);
  }

  @Override
  public void demandSupertypes(String type) {
    demanded.add(type + SUPERTYPES);
  }

  @Override
  public void demandMember(String type, String member) {
    demanded.add(type + MEMBER + member);
  }

  /** After a member whose body was asked for, in a {@link #demanded} entry. */
  static final char BODY = '(';

  @Override
  public void demandBody(String type, String method) {
    demanded.add(type + MEMBER + method + BODY);
  }

  /** Whether a {@link #demanded} entry asks for a method's body. */
  static boolean asksForTheBody(String demand) {
    return demand.charAt(demand.length() - 1) == BODY;
  }

  @Override
  public Optional<Secret> resolve(Fact fact) {
    refs.addAll(fact.refs());
    return delegate.resolve(fact);
  }

  /**
   * The types demanded whole, {@code type#member} for each member demanded, and {@code
   * type#method(} for each method whose body was.
   */
  Set<String> demanded() {
    return Set.copyOf(demanded);
  }

  Set<Ref> refs() {
    return Set.copyOf(refs);
  }
}
