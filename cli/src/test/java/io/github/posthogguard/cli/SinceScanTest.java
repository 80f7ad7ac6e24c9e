package io.github.posthogguard.cli;

import static io.github.posthogguard.cli.TestSources.PERSONAL_KEY;
import static io.github.posthogguard.cli.TestSources.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --since REV} on real repositories with branches: a pull request's findings. */
class SinceScanTest {
  @TempDir Path dir;
  TestGit git;

  @BeforeEach
  void mainWithAnOldKey() {
    git = TestGit.init(dir);
    git.write("src/Old.java", TestSources.withKey("Old", PERSONAL_KEY));
    git.write("src/Calc.java", "class Calc {\n  int size = 1;\n}\n");
    git.commitAll("main");
    git.run("checkout", "-q", "-b", "feature");
  }

  @Test
  void aMessageBuiltWithAKeyOnTheBranchIsReportedWhereItIsLoggedAndStillCounts() {
    git.run("checkout", "-q", "main");
    git.write(
        "src/FlagApiException.java",
        "public class FlagApiException extends RuntimeException {\n"
            + "  public FlagApiException(String message) {\n"
            + "    super(message);\n"
            + "  }\n"
            + "}\n");
    git.write(
        "src/FlagJob.java",
        "import org.slf4j.Logger;\n"
            + "import org.slf4j.LoggerFactory;\n"
            + "\n"
            + "public class FlagJob {\n"
            + "  private static final Logger log = LoggerFactory.getLogger(FlagJob.class);\n"
            + "  private final FlagClient client = new FlagClient();\n"
            + "\n"
            + "  void run() {\n"
            + "    try {\n"
            + "      client.sync();\n"
            + "    } catch (FlagApiException e) {\n"
            + "      log.error(\"sync failed: {}\", e.getMessage());\n"
            + "    }\n"
            + "  }\n"
            + "}\n");
    git.write("src/FlagClient.java", flagClient("\"PostHog refused the request\""));
    git.commitAll("a handler on main");
    git.run("checkout", "-q", "-B", "feature");
    git.write("src/FlagClient.java", flagClient("\"PostHog refused \" + personalApiKey"));
    git.commitAll("the key in the message");

    CliRun run = CliRun.of("--since", "main", dir.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.findingLines()).singleElement().asString().contains("src/FlagJob.java:12:");
  }

  private static String flagClient(String message) {
    return "public class FlagClient {\n"
        + "  private final String personalApiKey = System.getenv(\"POSTHOG_PERSONAL_API_KEY\");\n"
        + "\n"
        + "  void sync() {\n"
        + "    throw new FlagApiException("
        + message
        + ");\n"
        + "  }\n"
        + "}\n";
  }

  @Test
  void onlyFilesChangedOnTheBranchAreReported() {
    git.write("src/New.java", TestSources.withKey("New", SECRET_KEY));
    git.commitAll("feature work");

    CliRun run = CliRun.of("--since", "main", dir.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.findingLines()).singleElement().asString().contains("src/New.java:2:");
  }

  @Test
  void changesOnMainAfterTheBranchPointDoNotCount() {
    git.run("checkout", "-q", "main");
    git.write("src/Main2.java", TestSources.withKey("Main2", SECRET_KEY));
    git.commitAll("later on main");
    git.run("checkout", "-q", "feature");
    git.write("src/Calc.java", "class Calc {\n  int size = 2;\n}\n");
    git.commitAll("feature work");

    CliRun run = CliRun.of("--since", "main", dir.toString());

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
  }

  @Test
  void findingsOnUnchangedLinesOfAChangedFileNeedAllLines() {
    git.write(
        "src/Old.java",
        "// a comment above moves the key down\n" + TestSources.withKey("Old", PERSONAL_KEY));
    git.commitAll("touch Old");

    CliRun changed = CliRun.of("--since", "main", dir.toString());
    CliRun all = CliRun.of("--since", "main", "--all-lines", dir.toString());

    assertThat(changed.exitCode()).isZero();
    assertThat(changed.summary()).contains("1 on unchanged lines (--all-lines shows them)");
    assertThat(all.exitCode()).isEqualTo(1);
    assertThat(all.out()).contains("src/Old.java:3:");
  }

  @Test
  void uncommittedChangesInTrackedFilesCount() {
    git.write("src/Calc.java", "class Calc {\n  String k = \"" + SECRET_KEY + "\";\n}\n");

    CliRun run = CliRun.of("--since", "main", dir.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("src/Calc.java:2:");
  }

  @Test
  void anUnknownRevisionIsAnErrorInOneLine() {
    CliRun run = CliRun.of("--since", "no-such-branch", dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("posthog-guard: unknown revision 'no-such-branch'\n");
  }

  @Test
  void aRevisionCutOffByAShallowCloneIsAnErrorInOneLine(@TempDir Path clones) {
    git.write("src/Calc.java", "class Calc {\n  int size = 3;\n}\n");
    git.commitAll("second");
    String first = git.run("rev-parse", "HEAD~1").strip();
    Path shallow = clones.resolve("shallow");
    new TestGit(clones).run("clone", "-q", "--depth", "1", "file://" + dir, shallow.toString());

    CliRun run = CliRun.of("--since", first, shallow.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip())
        .contains(first, "shallow")
        .doesNotContain("\n")
        .startsWith("posthog-guard: ");
  }
}
