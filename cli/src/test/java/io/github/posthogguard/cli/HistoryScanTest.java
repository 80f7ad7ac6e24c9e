package io.github.posthogguard.cli;

import static io.github.posthogguard.cli.TestSources.PERSONAL_KEY;
import static io.github.posthogguard.cli.TestSources.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --history} on real repositories: keys deleted from the tree are still leaked. */
class HistoryScanTest {
  @TempDir Path dir;
  TestGit git;

  @BeforeEach
  void repository() {
    git = TestGit.init(dir);
    git.write("README.md", "# shop\n");
    git.commitAll("start");
  }

  @Test
  void aKeyAddedThenDeletedIsReportedWithItsFirstCommit() throws Exception {
    git.write("src/Config.java", TestSources.withKey("Config", PERSONAL_KEY));
    git.tryRun(
        Map.of(
            "GIT_AUTHOR_DATE",
            "2024-05-01T10:00:00Z",
            "GIT_COMMITTER_DATE",
            "2024-05-01T10:00:00Z"),
        "add",
        "-A");
    git.tryRun(
        Map.of(
            "GIT_AUTHOR_DATE",
            "2024-05-01T10:00:00Z",
            "GIT_COMMITTER_DATE",
            "2024-05-01T10:00:00Z"),
        "commit",
        "-q",
        "-m",
        "add config");
    String added = git.head();
    // The same key copied elsewhere later, then both deleted: one key, first seen in `added`.
    git.write("src/Copy.java", TestSources.withKey("Copy", PERSONAL_KEY));
    git.commitAll("copy");
    git.run("rm", "-q", "src/Config.java", "src/Copy.java");
    git.commitAll("remove the keys");

    CliRun text = CliRun.of(dir.toString(), "--history");
    JsonNode json = json(dir.toString(), "--format", "json", "--history");

    assertThat(text.exitCode()).as(text.err()).isEqualTo(1);
    assertThat(text.findingLines())
        .singleElement()
        .asString()
        .startsWith(
            added.substring(0, 12)
                + "  2024-05-01T10:00:00Z  "
                + dir.resolve("src/Config.java")
                + ":2:")
        .contains("phx_...XyNc");
    assertThat(text.out() + text.err()).doesNotContain(PERSONAL_KEY);
    JsonNode key = json.path("keys").get(0);
    assertThat(json.path("keys")).hasSize(1);
    assertThat(key.path("commit").asText()).isEqualTo(added);
    assertThat(key.path("path").asText()).isEqualTo("src/Config.java");
    assertThat(key.path("authorDate").asText()).isEqualTo("2024-05-01T10:00:00Z");
    assertThat(json.path("commitsScanned").asInt()).isEqualTo(4);
  }

  @Test
  void theHistoryAsSarifIsValidAndPointsAtTheFirstPath() throws Exception {
    git.write("src/Config.java", TestSources.withKey("Config", PERSONAL_KEY));
    git.commitAll("key");

    CliRun run =
        CliRun.of(
            dir.toString(), "--format", "sarif", "--source-root", dir.toString(), "--history");
    JsonNode log = JsonReport.MAPPER.readTree(run.out());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(SarifSchema.violations(log)).isEmpty();
    JsonNode result = log.path("runs").get(0).path("results").get(0);
    assertThat(result.path("message").path("text").asText())
        .contains("phx_...XyNc", "committed in " + git.head().substring(0, 12))
        .doesNotContain(PERSONAL_KEY);
    assertThat(
            result
                .path("locations")
                .get(0)
                .path("physicalLocation")
                .path("artifactLocation")
                .path("uri")
                .asText())
        .isEqualTo("src/Config.java");
  }

  @Test
  void keysInOtherTextFilesAndOnOtherBranchesAreFound() {
    git.run("checkout", "-q", "-b", "experiment");
    git.write("deploy/app.env", "POSTHOG_PERSONAL_API_KEY=" + SECRET_KEY + "\n");
    git.commitAll("env file on a branch");
    git.run("checkout", "-q", "main");

    CliRun all = CliRun.of(dir.toString(), "--history");
    CliRun mainOnly = CliRun.of(dir.toString(), "--history", "main");

    assertThat(all.exitCode()).isEqualTo(1);
    assertThat(all.out()).contains("deploy/app.env:1:26", "phs_...");
    assertThat(mainOnly.exitCode()).isZero();
  }

  @Test
  void aRangeLimitsTheCommits() {
    git.write("A.java", TestSources.withKey("A", PERSONAL_KEY));
    git.commitAll("key");
    String withKey = git.head();
    git.write("B.java", TestSources.clean("B"));
    git.commitAll("later");

    assertThat(CliRun.of(dir.toString(), "--history", withKey + "..HEAD").exitCode()).isZero();
    assertThat(CliRun.of(dir.toString(), "--history", "HEAD~2..HEAD").exitCode()).isEqualTo(1);
  }

  @Test
  void eachFileVersionIsReadOnceOverManyCommits() throws IOException {
    // 2000 commits through fast-import, each changing one of 50 files; contents repeat.
    StringBuilder stream = new StringBuilder();
    Set<String> versions = new HashSet<>(Set.of("# shop\n"));
    for (int i = 1; i <= 2000; i++) {
      String body =
          i == 1234
              ? TestSources.withKey("F" + (i % 50), SECRET_KEY)
              : "class F" + (i % 50) + " {\n  int v = " + (i % 700) + ";\n}\n";
      versions.add(body);
      byte[] data = body.getBytes(StandardCharsets.UTF_8);
      stream.append("commit refs/heads/main\n");
      stream
          .append("committer Dev <dev@example.com> ")
          .append(1_700_000_000L + i)
          .append(" +0000\n");
      stream.append("data 2\nc").append(i % 10).append('\n');
      if (i == 1) {
        stream.append("from refs/heads/main^0\n");
      }
      stream.append("M 100644 inline src/F").append(i % 50).append(".java\n");
      stream.append("data ").append(data.length).append('\n').append(body).append('\n');
    }
    Path input = Files.createTempFile("fast-import", ".txt");
    Files.writeString(input, stream.toString(), StandardCharsets.UTF_8);
    git.runWithInput(input, "fast-import", "--quiet");
    Files.delete(input);
    String keyCommit = git.run("rev-list", "--reverse", "HEAD").lines().toList().get(1234);

    long start = System.nanoTime();
    JsonNode json = json(dir.toString(), "--format", "json", "--history");
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(json.path("commitsScanned").asInt()).isEqualTo(2001);
    assertThat(json.path("blobsRead").asInt()).isEqualTo(versions.size());
    assertThat(json.path("keys")).hasSize(1);
    assertThat(json.path("keys").get(0).path("commit").asText()).isEqualTo(keyCommit);
    assertThat(millis).as("2001 commits").isLessThan(60_000);
  }

  @Test
  void aShallowCloneIsAnErrorInOneLine(@TempDir Path clones) {
    git.write("A.java", TestSources.clean("A"));
    git.commitAll("second");
    Path shallow = clones.resolve("shallow");
    new TestGit(clones).run("clone", "-q", "--depth", "1", "file://" + dir, shallow.toString());

    CliRun run = CliRun.of(shallow.toString(), "--history");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "posthog-guard: --history needs the whole history, and this clone is shallow: run"
                + " `git fetch --unshallow` (in CI: fetch-depth: 0)\n");
  }

  private static JsonNode json(String... args) throws IOException {
    CliRun run = CliRun.of(args);
    return JsonReport.MAPPER.readTree(run.out());
  }
}
