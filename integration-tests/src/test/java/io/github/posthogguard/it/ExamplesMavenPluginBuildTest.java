package io.github.posthogguard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real Maven builds of {@code examples/} with the PostHog Guard Maven plugin's {@code check} goal
 * (and no Error Prone), on JDK 17 and 25, without any {@code .mvn/jvm.config}: the sources are
 * copied beside the pom of {@code src/test/resources/plugin-build/}, whose plugin block the README
 * shows.
 */
class ExamplesMavenPluginBuildTest {
  private static final Pattern DIAGNOSTIC =
      Pattern.compile("\\[(ERROR|WARNING)\\] (\\S+):\\[(\\d+),\\d+\\] \\[(\\w+)\\] .*");
  private static final Pattern MARKER = Pattern.compile("(?://|#).*\\bexpect: (\\w+)\\s*$");
  private static final Path POM = Path.of("src/test/resources/plugin-build/pom.xml");

  @TempDir Path work;

  @BeforeAll
  static void thePluginIsTheOneJustBuilt() throws IOException {
    Path built = Path.of(System.getProperty("posthogGuard.mavenPluginJar"));
    String version = System.getProperty("posthogGuard.version");
    Path installed =
        Path.of(System.getProperty("maven.repo.local"))
            .resolve("io/github/posthogguard/posthog-guard-maven-plugin")
            .resolve(version)
            .resolve("posthog-guard-maven-plugin-" + version + ".jar");
    assertThat(installed).as("the build takes the plugin from the local repository").exists();
    assertThat(Files.mismatch(built, installed))
        .as("%s is not the jar just built in %s: run `mvn install`", installed, built)
        .isEqualTo(-1L);
  }

  static List<Toolchain> toolchains() {
    return Toolchain.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("toolchains")
  void verifyFailsOnExactlyTheExpectedFindingsAndWritesTheReports(Toolchain toolchain)
      throws IOException {
    Path project = copyOfExamples("examples");

    MavenBuild.Outcome outcome = build(project, toolchain, "verify");

    assertThat(outcome.succeeded()).as(outcome.log()).isFalse();
    List<Expectation> expected = expectations(project);
    assertThat(diagnostics(outcome.log()))
        .as(outcome.log())
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(outcome.log()).contains("PostHog Guard: " + expected.size() + " findings");
    ExamplesErrorProneBuildTest.assertNoFullKeyIn(outcome.log());
    JsonNode sarif = read(project.resolve("target/posthog-guard/posthog-guard.sarif"));
    assertThat(sarif.path("runs").get(0).path("results")).hasSize(expected.size());
    JsonNode json = read(project.resolve("target/posthog-guard/posthog-guard.json"));
    assertThat(json.path("findings")).hasSize(expected.size());
  }

  @Test
  void verifyPassesOnTheScrubbedCopy() throws IOException {
    Path project = copyOfExamples("scrubbed");
    scrub(project.resolve("src"));

    MavenBuild.Outcome outcome = build(project, Toolchain.all().get(0), "verify");

    assertThat(outcome.succeeded()).as(outcome.log()).isTrue();
    assertThat(outcome.log()).contains("PostHog Guard: 0 findings");
  }

  @Test
  void aBaselineAcceptsTheFindingsItHoldsEvenWhenLinesMove() throws IOException {
    Path project = copyOfExamples("baselined");
    Path baseline = project.resolve("posthog-guard-baseline.json");
    Toolchain jdk17 = Toolchain.all().get(0);

    MavenBuild.Outcome write =
        build(project, jdk17, pluginGoal(), "-Dposthog-guard.writeBaseline=" + baseline);
    Path config = project.resolve("src/main/java/com/example/shop/analytics/AnalyticsConfig.java");
    Files.writeString(
        config, "// a header added later moves every line down\n" + Files.readString(config));
    MavenBuild.Outcome verify =
        build(project, jdk17, "verify", "-Dposthog-guard.baseline=" + baseline);

    assertThat(write.succeeded()).as(write.log()).isTrue();
    assertThat(Files.readString(baseline)).contains("\"fingerprint\"");
    assertThat(verify.succeeded()).as(verify.log()).isTrue();
    int expected = expectations(project).size();
    assertThat(verify.log()).contains("PostHog Guard: 0 findings", expected + " in the baseline");
  }

  @Test
  void theThresholdDecidesWhatFailsTheBuild() throws IOException {
    Path project = copyOfExamples("thresholds");
    Toolchain jdk17 = Toolchain.all().get(0);

    MavenBuild.Outcome reportOnly =
        build(project, jdk17, pluginGoal(), "-Dposthog-guard.failOnViolation=false");
    MavenBuild.Outcome blockersOnly =
        build(project, jdk17, pluginGoal(), "-Dposthog-guard.failOnSeverity=BLOCKER");

    assertThat(reportOnly.succeeded()).as(reportOnly.log()).isTrue();
    assertThat(levels(reportOnly.log())).containsOnly("WARNING");
    assertThat(blockersOnly.succeeded()).as(blockersOnly.log()).isFalse();
    // HardcodedPostHogKey and PostHogKeyClientExposure are BLOCKER; SecretToLog is CRITICAL.
    assertThat(blockersOnly.log())
        .containsPattern("\\[ERROR\\] \\S+:\\[\\d+,\\d+\\] \\[HardcodedPostHogKey\\]")
        .containsPattern("\\[WARNING\\] \\S+:\\[\\d+,\\d+\\] \\[SecretToLog\\]");
  }

  private static List<String> levels(String log) {
    return log.lines()
        .map(DIAGNOSTIC::matcher)
        .filter(Matcher::matches)
        .map(m -> m.group(1))
        .distinct()
        .toList();
  }

  @Test
  void skipSkips() throws IOException {
    Path project = copyOfExamples("skipped");

    MavenBuild.Outcome outcome =
        build(project, Toolchain.all().get(0), pluginGoal(), "-Dposthog-guard.skip=true");

    assertThat(outcome.succeeded()).as(outcome.log()).isTrue();
    assertThat(outcome.log()).contains("PostHog Guard: skipped");
  }

  @Test
  void theReadmeShowsThePluginBlockTheseBuildsUse() throws IOException {
    String readme = Files.readString(Expectation.examples().resolveSibling("README.md"));
    String pom = Files.readString(POM);

    assertThat(
            dedented(
                between(
                        readme,
                        "<!-- maven-plugin-config:begin -->",
                        "<!-- maven-plugin-config:end -->")
                    .replace("```xml", "")
                    .replace("```", "")))
        .isEqualTo(
            dedented(
                between(
                    pom,
                    "<!-- posthog-guard:maven-plugin-config:begin -->",
                    "<!-- posthog-guard:maven-plugin-config:end -->")));
  }

  private static String pluginGoal() {
    return "io.github.posthogguard:posthog-guard-maven-plugin:"
        + System.getProperty("posthogGuard.version")
        + ":check";
  }

  private MavenBuild.Outcome build(Path project, Toolchain toolchain, String goal, String... more) {
    List<String> arguments = new ArrayList<>(List.of(goal));
    arguments.add("-Dposthog-guard.version=" + System.getProperty("posthogGuard.version"));
    arguments.addAll(List.of(more));
    MavenBuild.Outcome outcome = MavenBuild.run(project, toolchain.javaHome(), arguments);
    assertThat(outcome.log())
        .as("the build ran on %s", toolchain)
        .contains("Java version: " + toolchain.javaVersion());
    return outcome;
  }

  /** examples/src with this test's pom, and no .mvn/jvm.config. */
  private Path copyOfExamples(String name) throws IOException {
    Path project = work.resolve(name);
    Path examples = Expectation.examples();
    try (Stream<Path> files = Files.walk(examples.resolve("src"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = project.resolve(examples.relativize(file));
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
    Files.copy(POM, project.resolve("pom.xml"));
    assertThat(project.resolve(".mvn")).doesNotExist();
    return project;
  }

  /** Every "// expect: RuleId" (Java) and "# expect: RuleId" (other files) under src/. */
  private static List<Expectation> expectations(Path project) throws IOException {
    List<Expectation> expected = new ArrayList<>();
    try (Stream<Path> files = Files.walk(project.resolve("src"))) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = MARKER.matcher(lines.get(i));
          if (m.find()) {
            expected.add(new Expectation(Expectation.relative(project, file), i + 1, m.group(1)));
          }
        }
      }
    }
    return expected;
  }

  private static List<Expectation> diagnostics(String log) {
    return log.lines()
        .map(DIAGNOSTIC::matcher)
        .filter(Matcher::matches)
        .map(m -> new Expectation(m.group(2), Integer.parseInt(m.group(3)), m.group(4)))
        .distinct()
        .toList();
  }

  /**
   * The examples with nothing to find, as it/sonarqube/run.sh makes them: every key body replaced,
   * debug off, no secret logged or exposed, the project key where the personal one was misused.
   */
  static void scrub(Path src) {
    try (Stream<Path> files = Files.walk(src)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
          if (line.contains("expect: SecretToLog")
              || line.contains("expect: PostHogKeyClientExposure")) {
            continue;
          }
          String scrubbed =
              line.replaceAll("(?<![A-Za-z0-9])[A-Za-z0-9]{41,49}(?![A-Za-z0-9])", "your_key_here");
          if (line.contains("expect: PostHogDebugLogsPersonalKey")) {
            scrubbed = scrubbed.replaceAll("\\bdebug\\(true\\)", "debug(false)");
          }
          if (line.contains("expect: PostHogKeyMisuse")) {
            scrubbed = scrubbed.replace("POSTHOG_PERSONAL_API_KEY", "POSTHOG_PROJECT_API_KEY");
          }
          lines.add(scrubbed.replaceAll("(//|#) expect: \\w+", ""));
        }
        Files.write(file, lines);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode read(Path file) throws IOException {
    assertThat(file).exists();
    return new ObjectMapper().readTree(file.toFile());
  }

  private static String between(String text, String begin, String end) {
    int from = text.indexOf(begin);
    int to = text.indexOf(end);
    assertThat(from).as("marker %s", begin).isNotNegative();
    assertThat(to).as("marker %s", end).isGreaterThan(from);
    return text.substring(from + begin.length(), to);
  }

  private static List<String> dedented(String block) {
    List<String> lines = block.lines().filter(l -> !l.isBlank()).toList();
    int indent =
        lines.stream().mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return lines.stream().map(l -> l.substring(indent).stripTrailing()).toList();
  }
}
