package io.github.posthogguard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.analyzer.JavaParsers;
import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.testing.CaseFile;
import io.github.posthogguard.testing.CaseProject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every multi-file case of {@code test-cases/}, analyzed as one project: the markers of each file
 * are met, and the secret's origin in another file is named.
 */
class CaseProjectsTest {

  static List<CaseProject> cases() {
    return CaseProject.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyTheMarkedIssuesOfEveryFile(CaseProject project) {
    List<FileAnalysis> analyses = analyze(project);
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < project.files().size(); i++) {
      CaseFile file = project.files().get(i);
      FileAnalysis analysis = analyses.get(i);
      assertThat(analysis.problems()).as(file.name()).isEmpty();
      mismatches.addAll(
          file.mismatches(CaseFilesTest.reported(analysis.findingsOf(project.ruleId()))));
    }
    assertThat(mismatches).isEmpty();
  }

  /**
   * What a file shows alone it shows with its project too: the project adds what only other files
   * can tell. (A name that the project refutes is the exception, with a case of its own for each
   * way: another file's declared type, {@code SecretToLog/TypesOfOtherFiles}; a public key the
   * configuration writes there, {@code SecretToLog/TokenWrittenPublicInConfig}; a member set on an
   * object of another file whose {@code toString()} or JSON form does not show it, {@code
   * SecretToLog/ObjectsSetAndLogged} and {@code PostHogKeyClientExposure/EntitiesSetAndReturned};
   * an entry named for the project key that a deployment sets from a secret key's variable, which
   * is reported there and where it is given as the project key, not where it is logged, {@code
   * PostHogKeyMisuse/SecretKeyReferencedAsTheProjectKey}; an exception of another file whose
   * constructor leaves the token it is given out of its message, {@code
   * SecretToLog/ExceptionsThatLeaveATokenOut}; a getter named like a secret on a receiver the file
   * cannot type, which every project type that declares it says is a number, {@code
   * SecretToLog/GettersOfAnUntypedReceiver}; a member of another file's record read from each
   * element of an {@code Optional} ({@code map(SessionStore.Session::user)}), which is no secret
   * where the file alone keeps what the optional held, {@code SecretToLog/MembersOfEachElement}.)
   */
  private static final Set<String> REFUTING_CASES =
      Set.of(
          "SecretToLog/TypesOfOtherFiles",
          "SecretToLog/TokenWrittenPublicInConfig",
          "SecretToLog/ObjectsSetAndLogged",
          "PostHogKeyClientExposure/EntitiesSetAndReturned",
          "PostHogKeyMisuse/SecretKeyReferencedAsTheProjectKey",
          "SecretToLog/ExceptionsThatLeaveATokenOut",
          "SecretToLog/ConfigHolderEnumsAndNumbers",
          "SecretToLog/GettersOfAnUntypedReceiver",
          "SecretToLog/MembersOfEachElement");

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theProjectOnlyAddsToWhatAFileShowsAlone(CaseProject project) {
    List<FileAnalysis> together = analyze(project);
    // an exception's message is reported where the project reads it, not where it is built
    Set<String> messagesRead =
        together.stream()
            .flatMap(analysis -> analysis.findings().stream())
            .flatMap(finding -> ExceptionMessages.loggedIn(finding).stream())
            .collect(Collectors.toSet());
    for (int i = 0; i < project.files().size(); i++) {
      CaseFile file = project.files().get(i);
      List<Integer> alone =
          Rules.analyzer().analyze(new SourceFile(file.name(), file.text())).findings().stream()
              .filter(f -> ExceptionMessages.builtIn(f).filter(messagesRead::contains).isEmpty())
              .map(Finding::line)
              .toList();
      List<Integer> withProject = together.get(i).findings().stream().map(Finding::line).toList();
      if (!REFUTING_CASES.contains(project.name())) {
        assertThat(withProject).as(file.name()).containsAll(alone);
      }
    }
  }

  /**
   * Tools that scan {@code test-cases/} whole (the CLI's test) see every case in one project, where
   * a type declared twice is ambiguous and tells nothing: each case declares its own types.
   */
  @Test
  void noTwoCasesDeclareTheSameType() {
    Map<String, String> declaredBy = new HashMap<>();
    List<String> twice = new ArrayList<>();
    for (CaseProject project : CaseProject.all()) {
      for (CaseFile file : project.files()) {
        String name =
            JavaParsers.forThisThread()
                .parse(file.text())
                .getResult()
                .flatMap(u -> u.getPrimaryType().flatMap(t -> t.getFullyQualifiedName()))
                .orElse(file.name());
        String other = declaredBy.putIfAbsent(name, project.name());
        if (other != null && !other.equals(project.name())) {
          twice.add(name + " in " + other + " and " + project.name());
        }
      }
    }
    assertThat(twice).isEmpty();
  }

  @Test
  void everyRuleHasAMultiFileCase() {
    for (var rule : Rules.all()) {
      if (!rule.id().equals(PostHogDebugLogsPersonalKey.ID)) {
        assertThat(CaseProject.all()).as(rule.id()).anyMatch(p -> p.ruleId().equals(rule.id()));
      }
    }
  }

  static List<FileAnalysis> analyze(CaseProject project) {
    return project.analyze();
  }
}
