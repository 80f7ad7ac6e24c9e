package io.github.posthogguard.cli;

import static io.github.posthogguard.cli.TestSources.PERSONAL_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExitCodesTest {
  @TempDir Path dir;

  @Test
  void zeroWhenNothingIsFound() {
    TestSources.write(dir, "A.java", TestSources.clean("A"));

    CliRun run = CliRun.of(dir.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void oneWhenSomethingIsFound() {
    TestSources.write(dir, "A.java", TestSources.withKey("A", PERSONAL_KEY));

    assertThat(CliRun.of(dir.toString()).exitCode()).isEqualTo(1);
  }

  @Test
  void twoForAnUnknownOption() {
    CliRun run = CliRun.of("--bogus", dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option: '--bogus'", "--help");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void twoForAPathThatDoesNotExist() {
    Path missing = dir.resolve("nope");

    CliRun run = CliRun.of(missing.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("PATH does not exist: " + missing);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void twoForAnUnknownFormat() {
    CliRun run = CliRun.of("--format", "xml", dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--format", "xml");
  }

  @Test
  void twoWithoutAnyPath() {
    CliRun run = CliRun.of();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("PATH");
  }

  @Test
  void twoForZeroThreads() {
    assertThat(CliRun.of("--threads", "0", dir.toString()).exitCode()).isEqualTo(2);
  }

  @Test
  void twoForAnUnreadableFileWhileTheOthersAreStillReported() throws Exception {
    TestSources.write(dir, "A.java", TestSources.withKey("A", PERSONAL_KEY));
    Files.createSymbolicLink(dir.resolve("Broken.java"), dir.resolve("missing-target"));

    CliRun run = CliRun.of(dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("cannot read " + dir.resolve("Broken.java"));
    assertThat(run.findingLines()).hasSize(1);
    assertThat(run.summary()).endsWith("; 1 path could not be read");
  }

  @Test
  void zeroForHelpAndVersion() {
    CliRun help = CliRun.of("--help");
    CliRun version = CliRun.of("--version");

    assertThat(help.exitCode()).isZero();
    assertThat(help.out())
        .contains("Usage: posthog-guard", "Exit codes:", "does not by itself change");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("posthog-guard ").doesNotContain("${");
  }
}
