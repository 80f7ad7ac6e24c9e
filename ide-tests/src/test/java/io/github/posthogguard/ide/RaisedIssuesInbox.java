package io.github.posthogguard.ide;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.sonarsource.sonarlint.core.rpc.protocol.client.issue.RaisedIssueDto;

/**
 * The issues the engine raised, per analysis: the last, non-intermediate publication of an analysis
 * holds every issue of its configuration scope.
 */
final class RaisedIssuesInbox {
  private final Map<UUID, CompletableFuture<Map<URI, List<RaisedIssueDto>>>> finalByAnalysis =
      new ConcurrentHashMap<>();

  /** Completes with the final publication of that analysis, even if it came before this call. */
  CompletableFuture<Map<URI, List<RaisedIssueDto>>> finalPublication(UUID analysisId) {
    return finalByAnalysis.computeIfAbsent(analysisId, id -> new CompletableFuture<>());
  }

  void receive(
      Map<URI, List<RaisedIssueDto>> issuesByFileUri, boolean intermediate, UUID analysisId) {
    if (!intermediate && analysisId != null) {
      finalPublication(analysisId).complete(Map.copyOf(issuesByFileUri));
    }
  }

  void forget(UUID analysisId) {
    finalByAnalysis.remove(analysisId);
  }
}
