package io.github.posthogguard.project;

import io.github.posthogguard.config.ConfigEntry;
import io.github.posthogguard.config.EntryKind;
import io.github.posthogguard.config.HeldKey;
import io.github.posthogguard.eval.Fact;
import io.github.posthogguard.eval.Location;
import io.github.posthogguard.eval.Secret;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the analysis of one file may ask of the rest of its project: the summary of a type declared
 * in another file, and what the references of a summary stand for. A file analyzed alone sees
 * {@link #NONE}: nothing is known of other files, so the project can only add findings to what the
 * file shows by itself.
 */
public interface ProjectView {
  ProjectView NONE = qualifiedName -> Optional.empty();

  /** The summary of the project type {@code qualifiedName} (nested types joined by dots). */
  Optional<TypeSummary> type(String qualifiedName);

  /** Every type's summary the project knows. */
  default Collection<TypeSummary> summaries() {
    return List.of();
  }

  /** The project's types that extend or implement {@code type}, directly or not. */
  default Set<String> subtypesOf(String type) {
    return Set.of();
  }

  /** Whether the project declares the type, summarized or not. */
  default boolean declares(String qualifiedName) {
    return type(qualifiedName).isPresent();
  }

  /**
   * Notes that a finding may depend on what the project says of {@code type}: its supertypes, the
   * types of its members. The project analysis uses it to know which files to analyze again once
   * every summary is in.
   */
  default void demand(String type) {}

  /**
   * Notes that a finding may depend on {@code type}'s supertypes only: whether one of them is a
   * type the models give sources or sinks (a project's logger wrapper, servlet or exception).
   */
  default void demandSupertypes(String type) {
    demand(type);
  }

  /**
   * Notes that a finding may depend on what the project says of one member of {@code type} (a field
   * or the methods of that name, its own or inherited): narrower than {@link #demand}, so that a
   * file is analyzed again only when that member can change what it finds.
   */
  default void demandMember(String type, String member) {
    demand(type);
  }

  /**
   * As {@link #demandMember}, for a method of {@code type} that a call hands a secret: what it
   * returns of its arguments, only its body tells.
   */
  default void demandBody(String type, String method) {
    demandMember(type, method);
  }

  /** How many places outside the tests create an object of {@code type}. */
  default int creations(String type) {
    return 0;
  }

  /**
   * What other files pass to argument {@code index} of {@code type}'s method (constructor: {@link
   * PassedArgument#CONSTRUCTOR}, and any arity when {@code arity} is -1) called with {@code arity}
   * arguments, as they wrote it: its references unresolved.
   */
  default Fact passed(String type, String method, int arity, int index) {
    return Fact.NONE;
  }

  /** Where the one literal that is a constant's whole value is written, if it is one. */
  default Optional<Location> constantLiteral(String type, String field) {
    return new Resolution(this).field(type, field).map(TypeSummary.FieldSummary::literal);
  }

  /** The value of a constant of a project type (or of its supertypes), where it is fixed. */
  default Optional<String> constant(String type, String field) {
    return new Resolution(this).constant(type, field, new HashSet<>());
  }

  /**
   * What the configuration files of the Java file {@code reader}'s module hold under {@code name}
   * (in any spelling relaxed binding accepts), in entries of {@code kinds}: the link from Java code
   * that reads a value to the file that sets it.
   */
  default List<HeldKey> configKeys(String reader, String name, Set<EntryKind> kinds) {
    return List.of();
  }

  /**
   * The config entry of the Java file at {@code reader}'s module that switches the setting {@code
   * name} on ({@code posthog.debug: true}), if one does.
   */
  default Optional<ConfigEntry> configSwitchingOn(String reader, String name) {
    return Optional.empty();
  }

  /**
   * The name of an entry that holds a secret in the project's config file {@code fileName}, which
   * the code loads whole ({@code getResourceAsStream("/catalog.properties")}).
   */
  default Optional<String> secretEntryOfConfigFile(String fileName) {
    return Optional.empty();
  }

  /**
   * Whether every object {@code type}'s method returns is built whole by a plain record's canonical
   * constructor, so that what it holds is what that constructor was given.
   */
  default boolean buildsResult(String type, String method, int arity) {
    return new Resolution(this).buildsResult(type, method, arity, true, new HashSet<>());
  }

  /**
   * The secret a fact stands for: its own secret, or what its references resolve to. A secret known
   * by its name only gives way to one a reference shows the origin of.
   */
  default Optional<Secret> resolve(Fact fact) {
    return new Resolution(this).secret(fact, new HashSet<>());
  }
}
