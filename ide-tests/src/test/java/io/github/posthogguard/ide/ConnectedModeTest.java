package io.github.posthogguard.ide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonarsource.sonarlint.core.rpc.protocol.backend.connection.common.TransientSonarQubeConnectionDto;
import org.sonarsource.sonarlint.core.rpc.protocol.backend.connection.projects.GetProjectNamesByKeyParams;
import org.sonarsource.sonarlint.core.rpc.protocol.backend.connection.validate.ValidateConnectionParams;
import org.sonarsource.sonarlint.core.rpc.protocol.backend.connection.validate.ValidateConnectionResponse;
import org.sonarsource.sonarlint.core.rpc.protocol.backend.rules.EffectiveRuleDetailsDto;
import org.sonarsource.sonarlint.core.rpc.protocol.backend.rules.GetEffectiveRuleDetailsParams;
import org.sonarsource.sonarlint.core.rpc.protocol.common.Either;
import org.sonarsource.sonarlint.core.rpc.protocol.common.TokenDto;

/**
 * SonarQube for IDE in connected mode against a live SonarQube that has our plugin installed: the
 * engine starts with no analyzer at all, downloads the Java analyzer and ours from the server when
 * {@code examples/} is bound to a project there, and raises our issues on the marked lines. Skipped
 * unless a server is given (see {@link LiveSonarQube}); our rules must be active in the project's
 * Java quality profile, as it/sonarqube/run.sh sets them up.
 */
class ConnectedModeTest {
  private static final String CONNECTION_ID = "posthog-guard-sonarqube";
  private static final Duration SERVER_TIMEOUT = Duration.ofMinutes(1);
  private static final Duration SYNC_TIMEOUT = Duration.ofMinutes(5);
  private static final Duration ANALYSIS_TIMEOUT = Duration.ofMinutes(3);

  @TempDir static Path home;

  @Test
  void downloadsOurPluginFromTheServerAndRaisesOurIssues() throws IOException {
    LiveSonarQube server = LiveSonarQube.fromSystemProperties();
    Map<String, String> documentedRules =
        DocumentedRules.titlesByKey(TestInputs.rulesDocsDir(), TestInputs.REPOSITORY_KEY);
    SourceTree examples = SourceTree.of(TestInputs.examplesDir());
    TestIdeClient client = new TestIdeClient();
    client.useToken(CONNECTION_ID, server.token());

    try (IdeEngine engine =
        IdeEngine.start(client, EngineSetup.connected(home, CONNECTION_ID, server.url()))) {
      checkServerAndProject(engine, client, server);
      try (IdeFolder folder =
          IdeFolder.openBound(
              engine,
              client,
              "examples",
              examples,
              CONNECTION_ID,
              server.projectKey(),
              SYNC_TIMEOUT)) {
        assertThat(StoredPlugins.keys(home.resolve("storage")))
            .as("plugins the engine downloaded from %s", server)
            .contains("posthogguard", "java");
        documentedRules.forEach(
            (key, title) -> {
              EffectiveRuleDetailsDto rule = ruleDetails(engine, client, folder, key);
              assertThat(rule.getName()).isEqualTo(title);
              assertThat(RuleDescriptionText.html(rule.getDescription()))
                  .as("description of %s", key)
                  .contains("Why is this an issue?");
            });
        IssueAssertions.assertOurIssues(
            folder.analyseAllFiles(ANALYSIS_TIMEOUT),
            ExpectedIssues.fromExpectMarkers(examples, TestInputs.REPOSITORY_KEY));
      }
    }
  }

  // What an IDE checks when the connection is created, so that a wrong URL, token or project key
  // fails here with the server's answer rather than as a synchronization timeout.
  private static void checkServerAndProject(
      IdeEngine engine, TestIdeClient client, LiveSonarQube server) {
    TransientSonarQubeConnectionDto connection =
        new TransientSonarQubeConnectionDto(
            server.url(), Either.forLeft(new TokenDto(server.token())));
    ValidateConnectionResponse validation =
        Waits.forResult(
            engine
                .server()
                .getConnectionService()
                .validateConnection(new ValidateConnectionParams(connection)),
            SERVER_TIMEOUT,
            "validate the connection to " + server.url(),
            client.log());
    assertThat(validation.isSuccess())
        .as("connection to %s: %s", server.url(), validation.getMessage())
        .isTrue();
    Map<String, String> names =
        Waits.forResult(
                engine
                    .server()
                    .getConnectionService()
                    .getProjectNamesByKey(
                        new GetProjectNamesByKeyParams(connection, List.of(server.projectKey()))),
                SERVER_TIMEOUT,
                "look up project " + server.projectKey(),
                client.log())
            .getProjectNamesByKey();
    assertThat(names.get(server.projectKey()))
        .as(
            "project %s on %s, as the token sees it (connected mode needs a user token of a user"
                + " who may browse the project: an analysis token may not read it)",
            server.projectKey(), server.url())
        .isNotNull();
  }

  private static EffectiveRuleDetailsDto ruleDetails(
      IdeEngine engine, TestIdeClient client, IdeFolder folder, String ruleKey) {
    return Waits.forResult(
            engine
                .server()
                .getRulesService()
                .getEffectiveRuleDetails(
                    new GetEffectiveRuleDetailsParams(folder.configScopeId(), ruleKey, null)),
            SERVER_TIMEOUT,
            "describe " + ruleKey,
            client.log())
        .details();
  }
}
