package io.github.posthogguard.ide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sonarsource.sonarlint.core.rpc.protocol.backend.rules.GetStandaloneRuleDescriptionParams;
import org.sonarsource.sonarlint.core.rpc.protocol.backend.rules.RuleDefinitionDto;
import org.sonarsource.sonarlint.core.rpc.protocol.common.Language;

/**
 * SonarQube for IDE in standalone mode, with the real Java analyzer and our plugin handed to it as
 * embedded plugins: our rules are listed with their documentation, and our issues are raised on the
 * marked lines of {@code examples/} and {@code test-cases/}, with masked keys.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandaloneModeTest {
  private static final Duration ANALYSIS_TIMEOUT = Duration.ofMinutes(3);
  private static final Duration RULES_TIMEOUT = Duration.ofMinutes(1);

  @TempDir static Path home;

  private final TestIdeClient client = new TestIdeClient();
  private final Map<String, String> documentedRules =
      DocumentedRules.titlesByKey(TestInputs.rulesDocsDir(), TestInputs.REPOSITORY_KEY);
  private IdeEngine engine;

  @BeforeAll
  void startEngine() throws IOException {
    engine =
        IdeEngine.start(
            client,
            EngineSetup.standalone(
                home,
                Set.of(TestInputs.sonarJavaPluginJar(), TestInputs.pluginJar()),
                // Nothing switched on by hand: our rules are active by default, as a user gets
                // them.
                Set.of()));
  }

  @AfterAll
  void stopEngine() {
    if (engine != null) {
      engine.close();
    }
  }

  @Test
  void listsEveryDocumentedRuleWithItsTitleAndDescription() {
    Map<String, RuleDefinitionDto> rules =
        Waits.forResult(
                engine.server().getRulesService().listAllStandaloneRulesDefinitions(),
                RULES_TIMEOUT,
                "list its rules",
                client.log())
            .getRulesByKey();

    documentedRules.forEach(
        (key, title) -> {
          assertThat(rules).as("rules the engine offers").containsKey(key);
          assertThat(rules.get(key).getName()).isEqualTo(title);
          assertThat(rules.get(key).getLanguage()).isEqualTo(Language.JAVA);
          String description =
              RuleDescriptionText.html(
                  Waits.forResult(
                          engine
                              .server()
                              .getRulesService()
                              .getStandaloneRuleDetails(
                                  new GetStandaloneRuleDescriptionParams(key)),
                          RULES_TIMEOUT,
                          "describe " + key,
                          client.log())
                      .getDescription());
          assertThat(description).as("description of %s", key).contains("Why is this an issue?");
        });
  }

  @Test
  void raisesOurIssuesOnTheMarkedLinesOfExamples() {
    SourceTree examples = SourceTree.of(TestInputs.examplesDir());
    try (IdeFolder folder = IdeFolder.openStandalone(engine, client, "examples", examples)) {
      IssueAssertions.assertOurIssues(
          folder.analyseAllFiles(ANALYSIS_TIMEOUT),
          ExpectedIssues.fromExpectMarkers(examples, TestInputs.REPOSITORY_KEY));
    }
  }

  @ParameterizedTest(name = "test-cases/{0}")
  @MethodSource("caseFolders")
  void raisesOurIssuesOnTheNoncompliantLinesOfTheCaseFiles(String ruleKey) {
    SourceTree cases = SourceTree.of(TestInputs.testCasesDir().resolve(ruleKey));
    String fullKey = TestInputs.REPOSITORY_KEY + ":" + ruleKey;
    try (IdeFolder folder = IdeFolder.openStandalone(engine, client, "cases-" + ruleKey, cases)) {
      List<RaisedIssue> ofThisRule =
          folder.analyseAllFiles(ANALYSIS_TIMEOUT).stream()
              .filter(issue -> issue.location().ruleKey().equals(fullKey))
              .toList();
      IssueAssertions.assertOurIssues(
          ofThisRule, ExpectedIssues.fromNoncompliantMarkers(cases, fullKey));
    }
  }

  Stream<String> caseFolders() throws IOException {
    try (Stream<Path> folders = Files.list(TestInputs.testCasesDir())) {
      // config/ holds files that are not Java: SonarQube for IDE runs no third-party sensor.
      return folders
          .filter(Files::isDirectory)
          .map(folder -> folder.getFileName().toString())
          .filter(name -> !name.equals("config"))
          .sorted()
          .toList()
          .stream();
    }
  }
}
