package io.github.posthogguard.ide;

import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.sonarsource.sonarlint.core.rpc.client.ConfigScopeNotFoundException;
import org.sonarsource.sonarlint.core.rpc.client.ConnectionNotFoundException;
import org.sonarsource.sonarlint.core.rpc.client.SonarLintCancelChecker;
import org.sonarsource.sonarlint.core.rpc.client.SonarLintRpcClientDelegate;
import org.sonarsource.sonarlint.core.rpc.protocol.backend.config.binding.BindingSuggestionDto;
import org.sonarsource.sonarlint.core.rpc.protocol.backend.tracking.TaintVulnerabilityDto;
import org.sonarsource.sonarlint.core.rpc.protocol.client.binding.AssistBindingParams;
import org.sonarsource.sonarlint.core.rpc.protocol.client.binding.AssistBindingResponse;
import org.sonarsource.sonarlint.core.rpc.protocol.client.binding.NoBindingSuggestionFoundParams;
import org.sonarsource.sonarlint.core.rpc.protocol.client.connection.AssistCreatingConnectionParams;
import org.sonarsource.sonarlint.core.rpc.protocol.client.connection.AssistCreatingConnectionResponse;
import org.sonarsource.sonarlint.core.rpc.protocol.client.connection.ConnectionSuggestionDto;
import org.sonarsource.sonarlint.core.rpc.protocol.client.hotspot.HotspotDetailsDto;
import org.sonarsource.sonarlint.core.rpc.protocol.client.http.GetProxyPasswordAuthenticationResponse;
import org.sonarsource.sonarlint.core.rpc.protocol.client.http.ProxyDto;
import org.sonarsource.sonarlint.core.rpc.protocol.client.http.X509CertificateDto;
import org.sonarsource.sonarlint.core.rpc.protocol.client.issue.IssueDetailsDto;
import org.sonarsource.sonarlint.core.rpc.protocol.client.issue.RaisedIssueDto;
import org.sonarsource.sonarlint.core.rpc.protocol.client.log.LogParams;
import org.sonarsource.sonarlint.core.rpc.protocol.client.message.MessageType;
import org.sonarsource.sonarlint.core.rpc.protocol.client.message.ShowSoonUnsupportedMessageParams;
import org.sonarsource.sonarlint.core.rpc.protocol.client.plugin.DidSkipLoadingPluginParams;
import org.sonarsource.sonarlint.core.rpc.protocol.client.progress.ReportProgressParams;
import org.sonarsource.sonarlint.core.rpc.protocol.client.progress.StartProgressParams;
import org.sonarsource.sonarlint.core.rpc.protocol.client.smartnotification.ShowSmartNotificationParams;
import org.sonarsource.sonarlint.core.rpc.protocol.client.telemetry.TelemetryClientLiveAttributesResponse;
import org.sonarsource.sonarlint.core.rpc.protocol.common.ClientFileDto;
import org.sonarsource.sonarlint.core.rpc.protocol.common.Either;
import org.sonarsource.sonarlint.core.rpc.protocol.common.Language;
import org.sonarsource.sonarlint.core.rpc.protocol.common.TokenDto;
import org.sonarsource.sonarlint.core.rpc.protocol.common.UsernamePasswordDto;

/**
 * The IDE side of the protocol, reduced to what a test needs: it shows the engine the files of each
 * opened folder, answers for credentials and branches, and records logs, readiness and raised
 * issues. Every user-facing callback (messages, notifications, assists) does nothing.
 */
public final class TestIdeClient implements SonarLintRpcClientDelegate {
  private final EngineLog log = new EngineLog();
  private final ScopeReadiness readiness = new ScopeReadiness();
  private final RaisedIssuesInbox raisedIssues = new RaisedIssuesInbox();
  private final Map<String, SourceTree> treesByScope = new ConcurrentHashMap<>();
  private final Map<String, String> tokensByConnection = new ConcurrentHashMap<>();

  EngineLog log() {
    return log;
  }

  ScopeReadiness readiness() {
    return readiness;
  }

  RaisedIssuesInbox raisedIssues() {
    return raisedIssues;
  }

  void showFolder(String configScopeId, SourceTree tree) {
    treesByScope.put(configScopeId, tree);
  }

  void forgetFolder(String configScopeId) {
    treesByScope.remove(configScopeId);
  }

  void useToken(String connectionId, String token) {
    tokensByConnection.put(connectionId, token);
  }

  @Override
  public List<ClientFileDto> listFiles(String configScopeId) throws ConfigScopeNotFoundException {
    return tree(configScopeId).clientFiles(configScopeId);
  }

  @Override
  public Path getBaseDir(String configurationScopeId) throws ConfigScopeNotFoundException {
    return tree(configurationScopeId).baseDir();
  }

  private SourceTree tree(String configScopeId) throws ConfigScopeNotFoundException {
    SourceTree tree = treesByScope.get(configScopeId);
    if (tree == null) {
      throw new ConfigScopeNotFoundException();
    }
    return tree;
  }

  @Override
  public void didChangeAnalysisReadiness(
      Set<String> configurationScopeIds, boolean areReadyForAnalysis) {
    readiness.update(configurationScopeIds, areReadyForAnalysis);
  }

  @Override
  public void raiseIssues(
      String configurationScopeId,
      Map<URI, List<RaisedIssueDto>> issuesByFileUri,
      boolean isIntermediatePublication,
      UUID analysisId) {
    raisedIssues.receive(issuesByFileUri, isIntermediatePublication, analysisId);
  }

  @Override
  public Either<TokenDto, UsernamePasswordDto> getCredentials(String connectionId)
      throws ConnectionNotFoundException {
    String token = tokensByConnection.get(connectionId);
    if (token == null) {
      throw new ConnectionNotFoundException();
    }
    return Either.forLeft(new TokenDto(token));
  }

  @Override
  public String matchSonarProjectBranch(
      String configurationScopeId,
      String mainBranchName,
      Set<String> allBranchesNames,
      SonarLintCancelChecker cancelChecker) {
    return mainBranchName;
  }

  @Override
  public void log(LogParams params) {
    log.add(params);
  }

  @Override
  public void didSkipLoadingPlugin(
      String configurationScopeId,
      Language language,
      DidSkipLoadingPluginParams.SkipReason reason,
      String minVersion,
      String currentVersion) {
    log.warn(
        "the engine skipped the analyzer of "
            + language
            + ": "
            + reason
            + " (needs "
            + minVersion
            + ", has "
            + currentVersion
            + ")");
  }

  @Override
  public void showMessage(MessageType type, String text) {
    log.warn("message for the user (" + type + "): " + text);
  }

  @Override
  public List<ProxyDto> selectProxies(URI uri) {
    return List.of(ProxyDto.NO_PROXY);
  }

  @Override
  public boolean checkServerTrusted(List<X509CertificateDto> chain, String authType) {
    return false;
  }

  @Override
  public TelemetryClientLiveAttributesResponse getTelemetryLiveAttributes() {
    return new TelemetryClientLiveAttributesResponse(Map.of());
  }

  @Override
  public String getClientLiveDescription() {
    return "PostHog Guard IDE tests";
  }

  @Override
  public GetProxyPasswordAuthenticationResponse getProxyPasswordAuthentication(
      String host, int port, String protocol, String prompt, String scheme, URL targetHost) {
    return new GetProxyPasswordAuthenticationResponse(null, null);
  }

  @Override
  public AssistCreatingConnectionResponse assistCreatingConnection(
      AssistCreatingConnectionParams params, SonarLintCancelChecker cancelChecker) {
    throw new UnsupportedOperationException("no user to assist in a test");
  }

  @Override
  public AssistBindingResponse assistBinding(
      AssistBindingParams params, SonarLintCancelChecker cancelChecker) {
    throw new UnsupportedOperationException("no user to assist in a test");
  }

  @Override
  public void suggestBinding(Map<String, List<BindingSuggestionDto>> suggestionsByConfigScope) {}

  @Override
  public void suggestConnection(
      Map<String, List<ConnectionSuggestionDto>> suggestionsByConfigScope) {}

  @Override
  public void openUrlInBrowser(URL url) {}

  @Override
  public void showSoonUnsupportedMessage(ShowSoonUnsupportedMessageParams params) {}

  @Override
  public void showSmartNotification(ShowSmartNotificationParams params) {}

  @Override
  public void showHotspot(String configurationScopeId, HotspotDetailsDto hotspotDetails) {}

  @Override
  public void showIssue(String configurationScopeId, IssueDetailsDto issueDetails) {}

  @Override
  public void startProgress(StartProgressParams params) {}

  @Override
  public void reportProgress(ReportProgressParams params) {}

  @Override
  public void didSynchronizeConfigurationScopes(Set<String> configurationScopeIds) {}

  @Override
  public void didChangeMatchedSonarProjectBranch(
      String configScopeId, String newMatchedBranchName) {}

  @Override
  public void didChangeTaintVulnerabilities(
      String configurationScopeId,
      Set<UUID> closedTaintVulnerabilityIds,
      List<TaintVulnerabilityDto> addedTaintVulnerabilities,
      List<TaintVulnerabilityDto> updatedTaintVulnerabilities) {}

  @Override
  public void noBindingSuggestionFound(NoBindingSuggestionFoundParams params) {}
}
