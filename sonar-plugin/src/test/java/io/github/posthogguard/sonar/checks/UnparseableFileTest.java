package io.github.posthogguard.sonar.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.posthogguard.rules.HardcodedPostHogKey;
import io.github.posthogguard.sonar.testing.RegisteredChecks;
import io.github.posthogguard.testing.CaseFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.event.Level;
import org.sonar.api.testfixtures.log.LogTesterJUnit5;
import org.sonar.java.checks.verifier.CheckVerifier;

/** A file that javac and sonar-java compile but JavaParser rejects: no issue, one warning. */
class UnparseableFileTest {
  // javac reads "non-sealed" here as a subtraction; JavaParser takes it for the modifier. The
  // password field gives the prefilter a reason to hand the file to JavaParser.
  private static final String JAVAPARSER_REJECTS =
      "class B { String password; int f(int non, int sealed) { return non-sealed; } }\n";

  @RegisterExtension final LogTesterJUnit5 logs = new LogTesterJUnit5().setLevel(Level.WARN);

  @TempDir Path dir;

  @Test
  void getsNoIssueAndOneWarningNamingIt() throws IOException {
    Path file = Files.writeString(dir.resolve("B.java"), JAVAPARSER_REJECTS);

    assertThatCode(
            () ->
                CheckVerifier.newVerifier()
                    .onFile(file.toString())
                    .withChecks(RegisteredChecks.all().toArray(PostHogGuardCheck[]::new))
                    .withJavaVersion(17)
                    .withClassPath(List.of())
                    .verifyNoIssues())
        .doesNotThrowAnyException();

    assertThat(logs.logs(Level.WARN))
        .singleElement()
        .asString()
        .contains("posthog-guard: skipped", file.toString(), "could not parse it");
  }

  @Test
  void filesAfterItAreStillChecked() throws IOException {
    Path broken = Files.writeString(dir.resolve("B.java"), JAVAPARSER_REJECTS);
    CaseFile keys =
        CaseFile.of(HardcodedPostHogKey.ID).stream()
            .filter(c -> c.name().endsWith("KeyLiterals.java"))
            .findFirst()
            .orElseThrow();

    CheckVerifier.newVerifier()
        .onFiles(broken.toString(), keys.path().toString())
        .withCheck(RegisteredChecks.of(HardcodedPostHogKey.ID))
        .withJavaVersion(17)
        .withClassPath(List.of())
        .verifyIssues();
  }
}
