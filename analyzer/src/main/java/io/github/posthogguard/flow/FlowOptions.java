package io.github.posthogguard.flow;

import java.util.Set;

/**
 * A team's own additions to the flow rules' vocabulary.
 *
 * @param secretWords words that mark a name as a secret's (lower case), e.g. "pin"
 * @param sourceMethods methods whose result is a secret, as simple names ("readVaultSecret")
 * @param loggerTypes fully qualified types whose every method writes to a log
 * @param sanitizerMethods methods whose result is safe to show, as simple names ("scrub")
 */
public record FlowOptions(
    Set<String> secretWords,
    Set<String> sourceMethods,
    Set<String> loggerTypes,
    Set<String> sanitizerMethods) {

  public static final FlowOptions NONE = new FlowOptions(Set.of(), Set.of(), Set.of(), Set.of());

  public FlowOptions {
    secretWords = Set.copyOf(secretWords);
    sourceMethods = Set.copyOf(sourceMethods);
    loggerTypes = Set.copyOf(loggerTypes);
    sanitizerMethods = Set.copyOf(sanitizerMethods);
  }
}
