package io.github.posthogguard.sonar.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.posthogguard.analyzer.Analyzer;
import io.github.posthogguard.analyzer.Rule;
import io.github.posthogguard.analyzer.RuleContext;
import io.github.posthogguard.analyzer.SharedAnalysis;
import io.github.posthogguard.rules.HardcodedPostHogKey;
import io.github.posthogguard.sonar.testing.RegisteredChecks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.sonar.api.testfixtures.log.LogTesterJUnit5;
import org.sonar.java.checks.verifier.CheckVerifier;
import org.sonar.java.checks.verifier.internal.InternalInputFile;
import org.sonar.plugins.java.api.JavaFileScannerContext;

/** A failure while checking one file costs that file's issues and one warning, nothing more. */
class FailureIsolationTest {
  @RegisterExtension final LogTesterJUnit5 logs = new LogTesterJUnit5().setLevel(Level.WARN);

  @TempDir Path dir;

  @Test
  void ruleThatThrowsLosesItsFindingsWithAWarning() throws IOException {
    Path file = Files.writeString(dir.resolve("Keys.java"), "class Keys { String k = \"x\"; }\n");

    CheckVerifier.newVerifier()
        .onFile(file.toString())
        .withCheck(new BrokenRuleCheck())
        .withJavaVersion(17)
        .withClassPath(List.of())
        .verifyNoIssues();

    assertThat(logs.logs(Level.WARN))
        .singleElement()
        .asString()
        .contains(
            "posthog-guard: skipped",
            file.toString(),
            "rule HardcodedPostHogKey failed, its findings are lost",
            "rule bug");
  }

  @Test
  void failureInsideTheCheckIsCaughtAndNamesTheFile() throws IOException {
    Path file = Files.writeString(dir.resolve("Unreadable.java"), "class Unreadable {}\n");
    JavaFileScannerContext unreadable = contextWhoseContentCannotBeRead(file);

    assertThatCode(() -> RegisteredChecks.of(HardcodedPostHogKey.ID).scanFile(unreadable))
        .doesNotThrowAnyException();

    assertThat(logs.logs(Level.WARN))
        .singleElement()
        .asString()
        .contains("posthog-guard: HardcodedPostHogKey skipped", "Unreadable.java", "disk gone");
  }

  /** Sonar's context for a file whose content cannot be read, as when a file vanishes. */
  private static JavaFileScannerContext contextWhoseContentCannotBeRead(Path file) {
    var inputFile = InternalInputFile.inputFile("", file.toFile());
    return (JavaFileScannerContext)
        Proxy.newProxyInstance(
            FailureIsolationTest.class.getClassLoader(),
            new Class<?>[] {JavaFileScannerContext.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getInputFile" -> inputFile;
                  case "getFileContent" ->
                      throw new UncheckedIOException(new IOException("disk gone"));
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  /** The HardcodedPostHogKey check over an analyzer whose only rule has a bug. */
  @org.sonar.check.Rule(key = HardcodedPostHogKey.ID)
  private static final class BrokenRuleCheck extends PostHogGuardCheck {
    BrokenRuleCheck() {
      super(
          new SharedAnalysis(
              new Analyzer(List.of(new BrokenRule())),
              LoggerFactory.getLogger(BrokenRuleCheck.class)::warn));
    }
  }

  private static final class BrokenRule implements Rule {
    @Override
    public String id() {
      return HardcodedPostHogKey.ID;
    }

    @Override
    public void check(RuleContext context) {
      throw new IllegalStateException("rule bug");
    }
  }
}
