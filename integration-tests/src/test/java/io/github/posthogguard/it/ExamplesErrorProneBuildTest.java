package io.github.posthogguard.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.analyzer.Rule;
import io.github.posthogguard.rules.Rules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A real Maven build of {@code examples/} with Error Prone and the freshly built checks jar on
 * {@code annotationProcessorPaths}, configured exactly as the README tells users to.
 */
class ExamplesErrorProneBuildTest {
  private static final Pattern DIAGNOSTIC =
      Pattern.compile("\\[(ERROR|WARNING)\\] (/\\S+\\.java):\\[(\\d+),\\d+\\] \\[(\\w+)\\] (.*)");
  private static final List<String> OUR_RULES = Rules.all().stream().map(Rule::id).toList();

  @BeforeAll
  static void theCheckedJarIsTheOneJustBuilt() throws IOException {
    Path built = Path.of(System.getProperty("posthogGuard.checksJar"));
    String version = System.getProperty("posthogGuard.version");
    Path installed =
        Path.of(System.getProperty("maven.repo.local"))
            .resolve("io/github/posthogguard/posthog-guard-errorprone-checks")
            .resolve(version)
            .resolve("posthog-guard-errorprone-checks-" + version + ".jar");
    assertThat(installed)
        .as("the examples build takes the checks from the local repository: run `mvn install`")
        .exists();
    assertThat(Files.mismatch(built, installed))
        .as("%s is not the jar just built in %s: run `mvn install`", installed, built)
        .isEqualTo(-1L);
  }

  static List<Toolchain> toolchains() {
    return Toolchain.all();
  }

  @Test
  void bothSupportedToolchainsAreHere() {
    assertThat(Toolchain.all()).as("Temurin 25 at " + Toolchain.TEMURIN_25).hasSize(2);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("toolchains")
  void theBuildFailsOnExactlyTheExpectedMainDiagnostics(Toolchain toolchain) {
    MavenBuild.Outcome outcome = build(toolchain, "compile");

    assertThat(outcome.succeeded()).as(outcome.log()).isFalse();
    assertThat(diagnostics(outcome.log(), "ERROR"))
        .as(outcome.log())
        .containsExactlyInAnyOrderElementsOf(Expectation.inExamples("main"));
    assertNoFullKeyIn(outcome.log());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("toolchains")
  void asWarningsTheBuildPassesAndReportsMainAndTestSources(Toolchain toolchain) {
    MavenBuild.Outcome outcome = build(toolchain, "test-compile", everyRuleAt("WARN"));

    assertThat(outcome.succeeded()).as(outcome.log()).isTrue();
    List<Expectation> expected = new ArrayList<>(Expectation.inExamples("main"));
    expected.addAll(Expectation.inExamples("test"));
    assertThat(diagnostics(outcome.log(), "WARNING")).containsExactlyInAnyOrderElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("toolchains")
  void turnedOffTheBuildPassesSilently(Toolchain toolchain) {
    MavenBuild.Outcome outcome = build(toolchain, "test-compile", everyRuleAt("OFF"));

    assertThat(outcome.succeeded()).as(outcome.log()).isTrue();
    for (String rule : OUR_RULES) {
      assertThat(outcome.log()).doesNotContain("[" + rule + "]");
    }
  }

  @Test
  void theExamplesExpectEveryRule() {
    List<String> expected =
        Expectation.inExamples("main").stream().map(Expectation::ruleId).distinct().toList();
    assertThat(expected).containsExactlyInAnyOrderElementsOf(OUR_RULES);
  }

  /** {@code -Derrorprone.flags=-Xep:<rule>:<severity> ...}, one flag per rule of the pack. */
  private static String everyRuleAt(String severity) {
    return "-Derrorprone.flags="
        + OUR_RULES.stream()
            .map(rule -> "-Xep:" + rule + ":" + severity)
            .collect(java.util.stream.Collectors.joining(" "));
  }

  @Test
  void excludedPathsAreSkipped() {
    Toolchain jdk17 = Toolchain.all().get(0);
    MavenBuild.Outcome outcome =
        build(jdk17, "compile", "-Derrorprone.flags=-XepExcludedPaths:.*/flags/.*");

    List<Expectation> outsideFlags =
        Expectation.inExamples("main").stream().filter(e -> !e.path().contains("/flags/")).toList();
    assertThat(outsideFlags).isNotEmpty();
    assertThat(diagnostics(outcome.log(), "ERROR"))
        .containsExactlyInAnyOrderElementsOf(outsideFlags);
  }

  private static MavenBuild.Outcome build(Toolchain toolchain, String goal, String... properties) {
    List<String> arguments = new ArrayList<>(List.of("clean", goal));
    arguments.add("-Dposthog-guard.version=" + System.getProperty("posthogGuard.version"));
    arguments.add("-Derrorprone.version=" + toolchain.errorProneVersion());
    arguments.addAll(List.of(properties));
    MavenBuild.Outcome outcome =
        MavenBuild.run(Expectation.examples(), toolchain.javaHome(), arguments);
    assertThat(outcome.log())
        .as("the build ran on %s", toolchain)
        .contains("Java version: " + toolchain.javaVersion())
        .doesNotContain("UnsupportedClassVersionError");
    return outcome;
  }

  /** Each diagnostic once: Maven repeats a failed compilation's errors in its summary. */
  static List<Expectation> diagnostics(String log, String level) {
    Path root = Expectation.examples();
    return log.lines()
        .map(DIAGNOSTIC::matcher)
        .filter(Matcher::matches)
        .filter(m -> m.group(1).equals(level) && OUR_RULES.contains(m.group(4)))
        .map(
            m ->
                new Expectation(
                    Expectation.relative(root, Path.of(m.group(2))),
                    Integer.parseInt(m.group(3)),
                    m.group(4)))
        .distinct()
        .toList();
  }

  /**
   * Our lines only: Error Prone's own UnicodeEscape check prints the decoded literal, key and all,
   * in its suggested fix, which is out of our hands.
   */
  static void assertNoFullKeyIn(String log) {
    String output =
        log.lines()
            .filter(
                l ->
                    l.contains("posthog-guard")
                        || OUR_RULES.stream().anyMatch(id -> l.contains("[" + id + "]")))
            .collect(java.util.stream.Collectors.joining("\n"));
    assertThat(output).contains("HardcodedPostHogKey");
    try (Stream<Path> files = Files.walk(Expectation.examples().resolve("src"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        // The body alone: a prefix may be written with an escape (\u0070hx_).
        Matcher key =
            Pattern.compile("h[xsar]_([A-Za-z0-9]{41,49})").matcher(Files.readString(file));
        while (key.find()) {
          assertThat(output).doesNotContain(key.group(1));
        }
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
