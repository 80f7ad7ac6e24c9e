package io.github.posthogguard.cli;

import static io.github.posthogguard.cli.TestSources.PERSONAL_KEY;
import static io.github.posthogguard.cli.TestSources.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --staged} on real repositories: the index is scanned, not the work tree. */
class StagedScanTest {
  @TempDir Path dir;
  TestGit git;

  @BeforeEach
  void repository() {
    git = TestGit.init(dir);
    git.write("src/A.java", TestSources.clean("A"));
    git.commitAll("first");
  }

  private CliRun staged(String... more) {
    String[] args = new String[more.length + 2];
    args[0] = "--staged";
    System.arraycopy(more, 0, args, 1, more.length);
    args[args.length - 1] = dir.toString();
    return CliRun.of(args);
  }

  @Test
  void aStagedKeyIsReported() {
    git.write("src/B.java", TestSources.withKey("B", PERSONAL_KEY));
    git.run("add", "src/B.java");

    CliRun run = staged();

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.findingLines())
        .singleElement()
        .asString()
        .contains(dir.resolve("src/B.java") + ":2:", "HardcodedPostHogKey", "phx_...XyNc");
    assertThat(run.out()).doesNotContain(PERSONAL_KEY);
  }

  @Test
  void theIndexIsScannedNotTheWorkTree() {
    git.write("src/B.java", TestSources.withKey("B", PERSONAL_KEY));
    git.run("add", "src/B.java");
    // The key is removed from the file but not from the index: the commit would still hold it.
    git.write("src/B.java", TestSources.clean("B"));
    // And a key in the work tree that is not staged is not part of the commit.
    git.write("src/A.java", TestSources.withKey("A", SECRET_KEY));

    CliRun run = staged();

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("src/B.java:2:").doesNotContain("src/A.java");
  }

  @Test
  void aStagedFileIsAnalyzedWithTheCommittedFilesItNames() {
    git.write(
        "src/app/KeyParts.java",
        "package app;\n\npublic final class KeyParts {\n"
            + "  public static final String PREFIX = \"phx_\";\n"
            + "  public static final String BODY = \""
            + PERSONAL_KEY.substring(4)
            + "\";\n}\n");
    git.commitAll("the parts, none a key by itself");
    git.write(
        "src/app/FlagsClient.java",
        "package app;\n\npublic class FlagsClient {\n"
            + "  static final String PERSONAL_KEY = KeyParts.PREFIX + KeyParts.BODY;\n}\n");
    git.run("add", "-A");

    CliRun staged = staged();
    CliRun alone = CliRun.of(dir.resolve("src/app/FlagsClient.java").toString());

    assertThat(staged.exitCode()).as(staged.out() + staged.err()).isEqualTo(1);
    // on the staged line that assembles the key, with the committed body's literal (the secret
    // text) as its secondary location
    assertThat(staged.findingLines())
        .singleElement()
        .asString()
        .contains("src/app/FlagsClient.java:4:", "phx_...XyNc");
    assertThat(alone.exitCode()).as("alone, the file holds no key").isZero();
  }

  @Test
  void aStagedConfigFileIsScannedInItsFormat() {
    git.write(
        "src/main/resources/application.yml",
        "posthog:\n  host: https://eu.i.posthog.com\n  personal-api-key: " + PERSONAL_KEY + "\n");
    git.run("add", "-A");

    CliRun run = staged();

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.findingLines())
        .singleElement()
        .asString()
        .contains("application.yml:3:", "HardcodedPostHogKey", "phx_...XyNc");
  }

  @Test
  void nothingStagedIsNothingFound() {
    git.write("src/A.java", TestSources.withKey("A", PERSONAL_KEY));

    CliRun run = staged();

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
  }

  @Test
  void onlyTheLinesTheCommitChangesAreReportedUnlessAllLines() {
    git.write(
        "src/C.java", "class C {\n  String old = \"" + PERSONAL_KEY + "\";\n  int size = 1;\n}\n");
    git.commitAll("a key committed long ago");
    git.write(
        "src/C.java", "class C {\n  String old = \"" + PERSONAL_KEY + "\";\n  int size = 2;\n}\n");
    git.run("add", "-A");

    CliRun changedLines = staged();
    CliRun allLines = staged("--all-lines");

    assertThat(changedLines.exitCode()).isZero();
    assertThat(changedLines.summary()).contains("1 on unchanged lines");
    assertThat(allLines.exitCode()).isEqualTo(1);
    assertThat(allLines.out()).contains("src/C.java:2:");
  }

  @Test
  void aKeyAddedToAnExistingFileIsOnTheChangedLines() {
    git.write(
        "src/A.java",
        "class A {\n  String name = \"posthog\";\n  String key = \"" + SECRET_KEY + "\";\n}\n");
    git.run("add", "-A");

    CliRun run = staged();

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("src/A.java:3:", "phs_...");
  }

  @Test
  void theFirstCommitOfARepositoryIsScanned() {
    Path fresh = dir.resolve("fresh");
    TestGit first = TestGit.init(fresh);
    first.write("K.java", TestSources.withKey("K", PERSONAL_KEY));
    first.run("add", "-A");

    CliRun run = CliRun.of("--staged", fresh.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
  }

  @Test
  void outsideARepositoryItIsAnErrorInOneLine(@TempDir Path elsewhere) {
    CliRun run = CliRun.of("--staged", elsewhere.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip())
        .startsWith("posthog-guard: not a git repository")
        .doesNotContain("\n");
  }
}
