package io.github.posthogguard.ide;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sonarsource.sonarlint.core.rpc.protocol.backend.analysis.AnalyzeFilesAndTrackParams;
import org.sonarsource.sonarlint.core.rpc.protocol.backend.analysis.AnalyzeFilesResponse;
import org.sonarsource.sonarlint.core.rpc.protocol.backend.config.binding.BindingConfigurationDto;
import org.sonarsource.sonarlint.core.rpc.protocol.backend.config.scope.ConfigurationScopeDto;
import org.sonarsource.sonarlint.core.rpc.protocol.backend.config.scope.DidAddConfigurationScopesParams;
import org.sonarsource.sonarlint.core.rpc.protocol.backend.config.scope.DidRemoveConfigurationScopeParams;
import org.sonarsource.sonarlint.core.rpc.protocol.client.issue.RaisedIssueDto;

/**
 * A folder opened in the IDE: one configuration scope whose files the client lists, either
 * standalone or bound to a project of a server connection.
 */
final class IdeFolder implements AutoCloseable {
  private static final Duration PUBLICATION_TIMEOUT = Duration.ofSeconds(30);

  private final IdeEngine engine;
  private final TestIdeClient client;
  private final String configScopeId;
  private final SourceTree tree;
  private final boolean bound;

  private IdeFolder(
      IdeEngine engine,
      TestIdeClient client,
      String configScopeId,
      SourceTree tree,
      boolean bound) {
    this.engine = engine;
    this.client = client;
    this.configScopeId = configScopeId;
    this.tree = tree;
    this.bound = bound;
  }

  /** Opens the folder standalone and waits until the engine is ready to analyse it. */
  static IdeFolder openStandalone(
      IdeEngine engine, TestIdeClient client, String configScopeId, SourceTree tree) {
    return open(engine, client, configScopeId, tree, null, Duration.ofSeconds(30));
  }

  /**
   * Opens the folder bound to a server project and waits until the engine has synchronized with the
   * server (server info, plugins, quality profiles, issues) and is ready to analyse it.
   */
  static IdeFolder openBound(
      IdeEngine engine,
      TestIdeClient client,
      String configScopeId,
      SourceTree tree,
      String connectionId,
      String projectKey,
      Duration syncTimeout) {
    return open(
        engine,
        client,
        configScopeId,
        tree,
        new BindingConfigurationDto(connectionId, projectKey, true),
        syncTimeout);
  }

  private static IdeFolder open(
      IdeEngine engine,
      TestIdeClient client,
      String configScopeId,
      SourceTree tree,
      BindingConfigurationDto binding,
      Duration readyTimeout) {
    client.showFolder(configScopeId, tree);
    IdeFolder folder = new IdeFolder(engine, client, configScopeId, tree, binding != null);
    try {
      engine
          .server()
          .getConfigurationService()
          .didAddConfigurationScopes(
              new DidAddConfigurationScopesParams(
                  List.of(
                      new ConfigurationScopeDto(
                          configScopeId, null, true, configScopeId, binding))));
      Waits.forResult(
          client.readiness().whenReady(configScopeId),
          readyTimeout,
          "get ready to analyse " + configScopeId,
          client.log());
      return folder;
    } catch (RuntimeException | Error e) {
      folder.close();
      throw e;
    }
  }

  String configScopeId() {
    return configScopeId;
  }

  /**
   * Analyses every file of the folder, as "Analyze all files" does, and returns what was raised.
   */
  List<RaisedIssue> analyseAllFiles(Duration timeout) {
    UUID analysisId = UUID.randomUUID();
    try {
      var published = client.raisedIssues().finalPublication(analysisId);
      AnalyzeFilesResponse response =
          Waits.forResult(
              engine
                  .server()
                  .getAnalysisService()
                  .analyzeFilesAndTrack(
                      new AnalyzeFilesAndTrackParams(
                          configScopeId, analysisId, tree.uris(), Map.of(), bound)),
              timeout,
              "analyse " + configScopeId,
              client.log());
      if (!response.getFailedAnalysisFiles().isEmpty()) {
        throw new AssertionError(
            "the engine failed to analyse "
                + response.getFailedAnalysisFiles()
                + client.log().tail());
      }
      Map<URI, List<RaisedIssueDto>> issuesByFile =
          Waits.forResult(
              published, PUBLICATION_TIMEOUT, "raise the issues of " + configScopeId, client.log());
      return toRaisedIssues(issuesByFile);
    } finally {
      client.raisedIssues().forget(analysisId);
    }
  }

  private List<RaisedIssue> toRaisedIssues(Map<URI, List<RaisedIssueDto>> issuesByFile) {
    List<RaisedIssue> issues = new ArrayList<>();
    issuesByFile.forEach(
        (uri, fileIssues) -> {
          for (RaisedIssueDto issue : fileIssues) {
            int line = issue.getTextRange() == null ? 0 : issue.getTextRange().getStartLine();
            issues.add(
                new RaisedIssue(
                    new IssueLocation(tree.relativePath(uri), line, issue.getRuleKey()),
                    issue.getPrimaryMessage()));
          }
        });
    issues.sort((a, b) -> a.location().compareTo(b.location()));
    return issues;
  }

  @Override
  public void close() {
    try {
      engine
          .server()
          .getConfigurationService()
          .didRemoveConfigurationScope(new DidRemoveConfigurationScopeParams(configScopeId));
    } finally {
      client.forgetFolder(configScopeId);
    }
  }
}
