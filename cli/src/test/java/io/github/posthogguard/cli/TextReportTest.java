package io.github.posthogguard.cli;

import static io.github.posthogguard.cli.TestSources.PERSONAL_KEY;
import static io.github.posthogguard.cli.TestSources.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  /**
   * picocli's {@code picocli.ansi} property stands in for a terminal here: {@code true} is what
   * {@code --color=auto} decides on a terminal, {@code false} elsewhere.
   */
  @Test
  void colourOnlyWhenAskedOrOnATerminal() {
    TestSources.write(dir, "A.java", TestSources.withKey("A", PERSONAL_KEY));
    Path report = dir.resolve("report.txt");
    String before = System.getProperty("picocli.ansi");
    try {
      System.setProperty("picocli.ansi", "true");
      assertThat(CliRun.of(dir.toString()).out()).contains(ESC);
      assertThat(CliRun.of("--color=auto", dir.toString()).out()).contains(ESC);
      assertThat(CliRun.of("--color=never", dir.toString()).out()).doesNotContain(ESC);
      CliRun.of("--output", report.toString(), dir.toString());
      assertThat(report).content().contains("A.java:2:17").doesNotContain(ESC);

      System.setProperty("picocli.ansi", "false");
      assertThat(CliRun.of(dir.toString()).out()).doesNotContain(ESC);
      assertThat(CliRun.of("--color=always", dir.toString()).out()).contains(ESC);
      CliRun.of("--color=always", "--output", report.toString(), dir.toString());
      assertThat(report).content().contains(ESC);
    } finally {
      if (before == null) {
        System.clearProperty("picocli.ansi");
      } else {
        System.setProperty("picocli.ansi", before);
      }
    }
  }

  @Test
  void colourStylesTheLocationTheRuleAndTheSummaryAndKeepsTheText() {
    TestSources.write(dir, "A.java", TestSources.withKey("A", PERSONAL_KEY));

    CliRun plain = CliRun.of("--color=never", dir.toString());
    CliRun coloured = CliRun.of("--color=always", dir.toString());

    String location = dir.resolve("A.java") + ":2:17";
    assertThat(coloured.findingLines())
        .singleElement()
        .asString()
        .startsWith(ESC + "[1m" + location + ESC + "[0m  " + ESC + "[33mHardcodedPostHogKey");
    assertThat(coloured.summary())
        .startsWith(ESC + "[1m" + ESC + "[31m1 finding")
        .endsWith(ESC + "[0m");
    assertThat(coloured.out().replaceAll(ESC + "\\[[0-9;]*m", "")).isEqualTo(plain.out());
  }

  /**
   * In a real process, whose environment picocli reads: {@code CLICOLOR_FORCE} stands in for a
   * terminal, and {@code NO_COLOR} wins over it unless colour is asked for.
   */
  @Test
  void autoColourHonoursNoColor() throws Exception {
    Path file = TestSources.write(dir, "A.java", TestSources.withKey("A", PERSONAL_KEY));

    assertThat(runJar(Map.of("CLICOLOR_FORCE", "1"), file.toString())).contains(ESC);
    assertThat(runJar(Map.of("CLICOLOR_FORCE", "1", "NO_COLOR", "1"), file.toString()))
        .contains("A.java:2:17")
        .doesNotContain(ESC);
    assertThat(runJar(Map.of("NO_COLOR", "1"), "--color=always", file.toString())).contains(ESC);
  }

  private static final String ESC = "\u001B";

  /** The command's standard output in a JVM of its own, with only these colour variables set. */
  private static String runJar(Map<String, String> environment, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().keySet().removeIf(k -> k.contains("COLOR") || k.equals("ConEmuANSI"));
    builder.environment().putAll(environment);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(out).isEqualTo(1);
    return out;
  }
}
