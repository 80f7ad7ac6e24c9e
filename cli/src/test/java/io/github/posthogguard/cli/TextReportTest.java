package io.github.posthogguard.cli;

import static io.github.posthogguard.cli.TestSources.PERSONAL_KEY;
import static io.github.posthogguard.cli.TestSources.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReportTest {
  @TempDir Path dir;

  @Test
  void oneLinePerFindingSortedByPathThenPositionThenASummary() {
    TestSources.write(dir, "b/B.java", TestSources.withKey("B", PERSONAL_KEY));
    TestSources.write(
        dir,
        "a/A.java",
        "class A {\n  String second = \""
            + SECRET_KEY
            + "\";\n  String first = \"x\";\n"
            + "  String third = \""
            + PERSONAL_KEY
            + "\";\n}\n");
    TestSources.write(dir, "c/C.java", TestSources.clean("C"));

    CliRun run = CliRun.of(dir.toString());

    String a = dir.resolve("a/A.java").toString();
    String b = dir.resolve("b/B.java").toString();
    assertThat(run.findingLines())
        .containsExactly(
            a
                + ":2:20  HardcodedPostHogKey  Hard-coded PostHog project secret key phs_...gXWZ:"
                + " rotate it in PostHog and load the new one from the environment or a secret"
                + " store",
            a
                + ":4:19  HardcodedPostHogKey  Hard-coded PostHog personal API key phx_...XyNc:"
                + " rotate it in PostHog and load the new one from the environment or a secret"
                + " store",
            b
                + ":2:17  HardcodedPostHogKey  Hard-coded PostHog personal API key phx_...XyNc:"
                + " rotate it in PostHog and load the new one from the environment or a secret"
                + " store");
    assertThat(run.summary()).isEqualTo("3 findings in 2 of 3 files (HardcodedPostHogKey: 3)");
  }

  @Test
  void pathsAreShownAsGiven() {
    TestSources.write(dir, "src/A.java", TestSources.withKey("A", PERSONAL_KEY));

    CliRun run = CliRun.of(dir.resolve("src") + "/./", dir.resolve("src/A.java").toString());

    assertThat(run.findingLines())
        .singleElement()
        .asString()
        .startsWith(dir.resolve("src/A.java") + ":2:17  ");
  }

  @Test
  void summaryWithoutFindings() {
    TestSources.write(dir, "A.java", TestSources.clean("A"));

    CliRun run = CliRun.of(dir.toString());

    assertThat(run.out()).isEqualTo("No findings in 1 file" + System.lineSeparator());
  }

  @Test
  void outputGoesToTheFileInsteadOfStdout() throws Exception {
    TestSources.write(dir, "src/A.java", TestSources.withKey("A", PERSONAL_KEY));
    Path report = dir.resolve("reports/out.txt");

    CliRun run =
        CliRun.of("--output", report.toString(), "--color=auto", dir.resolve("src").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(report, StandardCharsets.UTF_8))
        .contains("A.java:2:17  HardcodedPostHogKey")
        .endsWith("1 finding in 1 of 1 file (HardcodedPostHogKey: 1)" + System.lineSeparator())
        .doesNotContain("\u001B[");
  }

  @Test
  void colourOnlyWhenAskedOrOnATerminal() {
    TestSources.write(dir, "A.java", TestSources.withKey("A", PERSONAL_KEY));
    Environment terminal = new Environment(Map.of("TERM", "xterm"), true, Path.of(""));

    assertThat(CliRun.in(terminal, dir.toString()).out()).contains("\u001B[");
    assertThat(CliRun.in(terminal, "--color=never", dir.toString()).out())
        .doesNotContain("\u001B[");
    assertThat(CliRun.of("--color=always", dir.toString()).out()).contains("\u001B[");
    assertThat(CliRun.of(dir.toString()).out()).doesNotContain("\u001B[");
  }

  @Test
  void autoColourHonoursNoColorAndDumbTerminals() {
    assertThat(Colors.of(ColorMode.AUTO, env(Map.of(), true), true).enabled()).isTrue();
    assertThat(Colors.of(ColorMode.AUTO, env(Map.of("NO_COLOR", "1"), true), true).enabled())
        .isFalse();
    assertThat(Colors.of(ColorMode.AUTO, env(Map.of("NO_COLOR", ""), true), true).enabled())
        .isTrue();
    assertThat(Colors.of(ColorMode.AUTO, env(Map.of("TERM", "dumb"), true), true).enabled())
        .isFalse();
    assertThat(Colors.of(ColorMode.AUTO, env(Map.of(), false), true).enabled()).isFalse();
    assertThat(Colors.of(ColorMode.AUTO, env(Map.of(), true), false).enabled()).isFalse();
    assertThat(Colors.of(ColorMode.ALWAYS, env(Map.of("NO_COLOR", "1"), false), false).enabled())
        .isTrue();
  }

  private static Environment env(Map<String, String> variables, boolean console) {
    return new Environment(variables, console, Path.of(""));
  }
}
