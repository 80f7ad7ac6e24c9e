package io.github.posthogguard.cli;

import static io.github.posthogguard.cli.TestSources.PERSONAL_KEY;
import static io.github.posthogguard.cli.TestSources.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inline allow comments and the ignore file, where {@code @SuppressWarnings} cannot go. */
class SuppressionTest {
  @TempDir Path dir;

  @Test
  void anAllowCommentOnTheLineOrAloneOnTheLineBefore() {
    TestSources.write(
        dir,
        "A.java",
        "class A {\n"
            + "  String a = \""
            + PERSONAL_KEY
            + "\"; // posthog-guard:allow revoked demo key\n"
            + "  // posthog-guard:allow HardcodedPostHogKey the fixture of a test\n"
            + "  String b = \""
            + SECRET_KEY
            + "\";\n"
            + "  String c = \""
            + SECRET_KEY
            + "\";\n"
            + "}\n");

    CliRun run = CliRun.of(dir.toString());

    assertThat(run.findingLines()).singleElement().asString().contains("A.java:5:");
    assertThat(run.summary()).contains("2 allowed inline");
  }

  @Test
  void aHashCommentAllowsAKeyInAYamlFile() {
    TestSources.write(
        dir,
        "application.yml",
        "posthog:\n"
            + "  # posthog-guard:allow the sandbox project's key, revoked\n"
            + "  personal-api-key: "
            + PERSONAL_KEY
            + "\n"
            + "  secret-key: "
            + SECRET_KEY
            + "\n");

    CliRun run = CliRun.of(dir.toString());

    assertThat(run.findingLines()).singleElement().asString().contains("application.yml:4:");
    assertThat(run.summary()).contains("1 allowed inline");
  }

  @Test
  void anAllowCommentNamingAnotherRuleAllowsNothingHere() {
    TestSources.write(
        dir,
        "A.java",
        "class A {\n  String a = \""
            + PERSONAL_KEY
            + "\"; // posthog-guard:allow SecretToLog\n}\n");

    assertThat(CliRun.of(dir.toString()).exitCode()).isEqualTo(1);
  }

  @Test
  void suppressWarningsStillWorks() {
    TestSources.write(
        dir,
        "A.java",
        "class A {\n  @SuppressWarnings(\"HardcodedPostHogKey\")\n  String a = \""
            + PERSONAL_KEY
            + "\";\n}\n");

    assertThat(CliRun.of(dir.toString()).exitCode()).isZero();
  }

  @Test
  void theIgnoreFileMatchesGlobsAndFingerprintsAndTellsUnusedEntries() throws Exception {
    TestSources.write(
        dir, "src/test/fixtures/Fixture.java", TestSources.withKey("Fixture", PERSONAL_KEY));
    TestSources.write(dir, "src/main/Demo.java", TestSources.withKey("Demo", SECRET_KEY));
    TestSources.write(dir, "src/main/Real.java", TestSources.withKey("Real", PERSONAL_KEY));
    JsonNode before =
        JsonReport.MAPPER.readTree(CliRun.of("--format", "json", dir.toString()).out());
    String demo = null;
    for (JsonNode finding : before.path("findings")) {
      if (finding.path("path").asText().endsWith("Demo.java")) {
        demo = finding.path("fingerprint").asText();
      }
    }
    Path ignore = dir.resolve(IgnoreFile.NAME);
    Files.writeString(
        ignore,
        "# what we accept, and why\n"
            + "src/test/fixtures/   fixtures hold revoked keys\n"
            + demo
            + "  the demo key, revoked on 2024-05-02\n"
            + "*.properties  nothing of the kind yet\n");

    CliRun run =
        CliRun.of("--ignore-file", ignore.toString(), "--report-unused-ignores", dir.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.findingLines()).singleElement().asString().contains("Real.java");
    assertThat(run.summary()).contains("2 ignored by the ignore file");
    assertThat(run.err()).contains(IgnoreFile.NAME + ":4: unused ignore entry '*.properties'");
  }

  @Test
  void anEntryWithoutAReasonIsAnErrorInOneLine() throws Exception {
    TestSources.write(dir, "A.java", TestSources.withKey("A", PERSONAL_KEY));
    Path ignore = dir.resolve("ignore");
    Files.writeString(ignore, "# ok\nsrc/**\n");

    CliRun run = CliRun.of("--ignore-file", ignore.toString(), dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "posthog-guard: "
                + ignore
                + ":2: an entry needs a reason after its glob or fingerprint\n");
  }

  @Test
  void unusedAllowCommentsAreTold() {
    TestSources.write(
        dir, "A.java", "class A {\n  // posthog-guard:allow nothing here any more\n  int a;\n}\n");

    CliRun run = CliRun.of("--report-unused-ignores", dir.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("A.java:2: unused posthog-guard:allow comment");
  }
}
