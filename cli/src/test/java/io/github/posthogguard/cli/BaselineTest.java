package io.github.posthogguard.cli;

import static io.github.posthogguard.cli.TestSources.PERSONAL_KEY;
import static io.github.posthogguard.cli.TestSources.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
  @TempDir Path dir;

  private Path project() {
    TestSources.write(dir, "src/A.java", TestSources.withKey("A", PERSONAL_KEY));
    TestSources.write(dir, "src/B.java", TestSources.withKey("B", SECRET_KEY));
    return dir.resolve("src");
  }

  @Test
  void aWrittenBaselineSilencesTheFindingsItHolds() throws Exception {
    Path src = project();
    Path baseline = dir.resolve("posthog-guard-baseline.json");

    CliRun write = CliRun.of("--write-baseline", baseline.toString(), src.toString());
    CliRun again = CliRun.of("--baseline", baseline.toString(), src.toString());

    assertThat(write.exitCode()).isZero();
    assertThat(write.err()).contains("wrote 2 findings to the baseline");
    String stored = Files.readString(baseline);
    assertThat(stored).doesNotContain(PERSONAL_KEY, SECRET_KEY, PERSONAL_KEY.substring(4, 40));
    JsonNode json = JsonReport.MAPPER.readTree(stored);
    assertThat(json.path("findings").get(0).path("path").asText()).isEqualTo("src/A.java");
    assertThat(again.exitCode()).as(again.out()).isZero();
    assertThat(again.summary()).isEqualTo("No findings in 2 files; 2 in the baseline");
  }

  @Test
  void linesMovingDoNotResurrectAnEntryButANewKeyIsReported() {
    Path src = project();
    Path baseline = dir.resolve("baseline.json");
    CliRun.of("--write-baseline", baseline.toString(), src.toString());

    TestSources.write(
        dir,
        "src/A.java",
        "// a header\n\nclass A {\n  String key = \""
            + PERSONAL_KEY
            + "\";\n  String other = \""
            + SECRET_KEY
            + "\";\n}\n");
    CliRun run = CliRun.of("--baseline", baseline.toString(), src.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.findingLines()).singleElement().asString().contains("src/A.java:5:", "phs_");
    assertThat(run.summary()).contains("2 in the baseline");
  }

  @Test
  void entriesNoLongerFoundAreCounted() {
    Path src = project();
    Path baseline = dir.resolve("baseline.json");
    CliRun.of("--write-baseline", baseline.toString(), src.toString());

    TestSources.write(dir, "src/A.java", TestSources.clean("A"));
    CliRun run = CliRun.of("--baseline", baseline.toString(), src.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.summary()).contains("1 in the baseline, 1 baseline entry no longer found");
  }

  @Test
  void theSameFingerprintGoesIntoSarif() throws Exception {
    Path src = project();
    Path baseline = dir.resolve("baseline.json");
    CliRun.of("--write-baseline", baseline.toString(), src.toString());
    CliRun sarif = CliRun.of("--format", "sarif", src.toString());

    JsonNode stored = JsonReport.MAPPER.readTree(Files.readString(baseline));
    JsonNode results = JsonReport.MAPPER.readTree(sarif.out()).path("runs").get(0).path("results");
    assertThat(
            results.get(0).path("partialFingerprints").path(SarifReport.FINGERPRINT_KEY).asText())
        .isEqualTo(stored.path("findings").get(0).path("fingerprint").asText());
  }

  @Test
  void aCorruptBaselineIsAnErrorInOneLine() throws Exception {
    Path src = project();
    Path notJson = dir.resolve("broken.json");
    Files.writeString(notJson, "{\"posthogGuardBaseline\": 1, \"findings\": [");
    Path foreign = dir.resolve("foreign.json");
    Files.writeString(foreign, "{\"results\": []}");
    Path badEntry = dir.resolve("bad-entry.json");
    Files.writeString(
        badEntry,
        "{\"posthogGuardBaseline\": 1, \"findings\": [{\"ruleId\": \"X\", \"path\": \"a\"}]}");

    for (Path file : new Path[] {notJson, foreign, badEntry, dir.resolve("missing.json")}) {
      CliRun run = CliRun.of("--baseline", file.toString(), src.toString());

      assertThat(run.exitCode()).as(file.toString()).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).startsWith("posthog-guard: baseline " + file).endsWith("\n");
      assertThat(run.err().lines()).hasSize(1);
    }
  }

  @Test
  void theBaselineWorksWithGitModes() {
    TestGit git = TestGit.init(dir);
    git.write("A.java", TestSources.withKey("A", PERSONAL_KEY));
    git.run("add", "-A");
    Path baseline = dir.resolve("baseline.json");

    CliRun write = CliRun.of("--staged", "--write-baseline", baseline.toString(), dir.toString());
    CliRun staged = CliRun.of("--staged", "--baseline", baseline.toString(), dir.toString());

    assertThat(write.exitCode()).isZero();
    assertThat(staged.exitCode()).as(staged.out()).isZero();
    assertThat(staged.summary()).contains("1 in the baseline");
  }
}
