package io.github.posthogguard.ide;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/** Which configuration scopes the engine said are ready for analysis, awaitable per scope. */
final class ScopeReadiness {
  private final Map<String, CompletableFuture<Void>> readyByScope = new ConcurrentHashMap<>();

  /** Completes when the engine says the scope is ready, even if it said so before this call. */
  CompletableFuture<Void> whenReady(String configScopeId) {
    return readyByScope.computeIfAbsent(configScopeId, id -> new CompletableFuture<>());
  }

  void update(Set<String> configScopeIds, boolean ready) {
    for (String configScopeId : configScopeIds) {
      if (ready) {
        whenReady(configScopeId).complete(null);
      } else {
        readyByScope.compute(
            configScopeId,
            (id, current) ->
                current == null || current.isDone() ? new CompletableFuture<>() : current);
      }
    }
  }
}
