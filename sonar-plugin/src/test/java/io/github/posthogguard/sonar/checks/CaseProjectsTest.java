package io.github.posthogguard.sonar.checks;

import io.github.posthogguard.sonar.testing.RegisteredChecks;
import io.github.posthogguard.testing.CaseFile;
import io.github.posthogguard.testing.CaseProject;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sonar.java.checks.verifier.CheckVerifier;
import org.sonar.java.checks.verifier.internal.InternalInputFile;

/**
 * Every multi-file case through sonar-java's verifier, file by file, the check seeing the case's
 * folder as its module: each file gets its markers' issues, though what tells comes from another.
 */
class CaseProjectsTest {

  static List<CaseProject> cases() {
    return CaseProject.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void raisesExactlyTheMarkedIssuesOfEveryFile(CaseProject project) {
    ModuleProject module =
        new ModuleProject(
            () ->
                project.allPaths().stream()
                    .map(path -> InternalInputFile.inputFile("", path.toFile()))
                    .toList(),
            problem -> {
              throw new AssertionError(problem);
            });
    for (CaseFile file : project.files()) {
      CheckVerifier verifier =
          CheckVerifier.newVerifier()
              .onFile(file.path().toString())
              .withCheck(RegisteredChecks.of(project.ruleId()).inProject(module))
              .withJavaVersion(17)
              .withClassPath(List.of());
      if (file.expectedLines().isEmpty()) {
        verifier.verifyNoIssues();
      } else {
        verifier.verifyIssues();
      }
    }
  }
}
