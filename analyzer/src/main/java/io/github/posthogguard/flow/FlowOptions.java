package io.github.posthogguard.flow;

import java.util.List;
import java.util.Set;

/**
 * A team's own additions to the flow rules' vocabulary.
 *
 * @param secretWords words that mark a name as a secret's (lower case), e.g. "pin"
 * @param sourceMethods methods whose result is a secret, as simple names ("readVaultSecret")
 * @param loggerTypes fully qualified types whose every method writes to a log
 * @param sanitizerMethods methods whose result is safe to show, as simple names ("scrub")
 * @param models paths of the team's own model files, read with the built-in ones
 */
public record FlowOptions(
    Set<String> secretWords,
    Set<String> sourceMethods,
    Set<String> loggerTypes,
    Set<String> sanitizerMethods,
    List<String> models) {

  public static final FlowOptions NONE =
      new FlowOptions(Set.of(), Set.of(), Set.of(), Set.of(), List.of());

  public FlowOptions {
    secretWords = Set.copyOf(secretWords);
    sourceMethods = Set.copyOf(sourceMethods);
    loggerTypes = Set.copyOf(loggerTypes);
    sanitizerMethods = Set.copyOf(sanitizerMethods);
    models = List.copyOf(models);
  }

  /** Without model files. */
  public FlowOptions(
      Set<String> secretWords,
      Set<String> sourceMethods,
      Set<String> loggerTypes,
      Set<String> sanitizerMethods) {
    this(secretWords, sourceMethods, loggerTypes, sanitizerMethods, List.of());
  }
}
