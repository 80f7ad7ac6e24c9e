package io.github.posthogguard.cli;

import static io.github.posthogguard.cli.TestSources.PERSONAL_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The pre-commit hook that install-hook writes, run by a real {@code git commit}. */
class HookTest {
  @TempDir Path dir;
  TestGit git;

  @BeforeEach
  void repository() {
    git = TestGit.init(dir);
    git.write("A.java", TestSources.clean("A"));
    git.commitAll("first");
  }

  /** This JVM and class path running the CLI, as a hook command. */
  private static String thisCli() {
    String java = ProcessHandle.current().info().command().orElse("java");
    return "'"
        + java
        + "' -cp '"
        + System.getProperty("java.class.path")
        + "' io.github.posthogguard.cli.Main";
  }

  @Test
  void theInstalledHookStopsACommitWithAKeyAndLetsACleanOneThrough() throws Exception {
    CliRun install = CliRun.of("install-hook", "--command", thisCli(), dir.toString());
    Path hook = dir.resolve(".git/hooks/pre-commit");

    assertThat(install.exitCode()).as(install.err()).isZero();
    assertThat(Files.isExecutable(hook)).isTrue();
    assertThat(Files.readString(hook)).contains(InstallHookCommand.MARKER).endsWith(" --staged\n");

    git.write("B.java", TestSources.withKey("B", PERSONAL_KEY));
    git.run("add", "-A");
    TestGit.Outcome blocked = git.tryRun(Map.of(), "commit", "-q", "-m", "leak");

    assertThat(blocked.exitCode()).isEqualTo(1);
    assertThat(blocked.output()).contains("B.java:2:", "HardcodedPostHogKey", "phx_...XyNc");
    assertThat(blocked.output()).doesNotContain(PERSONAL_KEY);
    assertThat(git.run("log", "--oneline")).doesNotContain("leak");

    git.write("B.java", TestSources.clean("B"));
    git.run("add", "-A");
    TestGit.Outcome passed = git.tryRun(Map.of(), "commit", "-q", "-m", "clean");

    assertThat(passed.exitCode()).as(passed.output()).isZero();
  }

  @Test
  void aForeignHookIsKeptUnlessForced() throws Exception {
    Path hook = dir.resolve(".git/hooks/pre-commit");
    Files.createDirectories(hook.getParent());
    Files.writeString(hook, "#!/bin/sh\nexec lint-staged\n");

    CliRun refused = CliRun.of("install-hook", dir.toString());

    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err().lines())
        .singleElement()
        .asString()
        .contains("--force", hook.toString());
    assertThat(Files.readString(hook)).contains("lint-staged");

    CliRun forced = CliRun.of("install-hook", "--force", dir.toString());
    CliRun again = CliRun.of("install-hook", dir.toString());

    assertThat(forced.exitCode()).isZero();
    assertThat(again.exitCode()).as("our own hook is replaced freely").isZero();
    assertThat(Files.readString(hook))
        .contains(InstallHookCommand.MARKER)
        .doesNotContain("lint-staged");
  }

  @Test
  void theHookOfAJarKeepsAClassDataArchive() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path jar = dir.resolve("posthog-guard.jar");
    Path archive = dir.resolve(".git/hooks/posthog-guard-1.jsa");

    String jdk17 = InstallHookCommand.javaScript(java, jar, archive, 17);
    String jdk25 = InstallHookCommand.javaScript(java, jar, archive, 25);

    assertThat(jdk17)
        .contains(
            "if [ -f '" + archive + "' ]; then cds='-XX:SharedArchiveFile=" + archive + "';",
            "else cds='-XX:ArchiveClassesAtExit=" + archive + "'; fi",
            "-XX:TieredStopAtLevel=1",
            "\"$cds\" -jar '" + jar + "' --staged\n");
    assertThat(jdk25)
        .contains("-XX:+AutoCreateSharedArchive '-XX:SharedArchiveFile=" + archive + "' -jar")
        .doesNotContain("ArchiveClassesAtExit");
    // The script is valid shell.
    Path hook = dir.resolve("hook.sh");
    Files.writeString(hook, jdk17);
    assertThat(new ProcessBuilder("sh", "-n", hook.toString()).start().waitFor()).isZero();
  }

  @Test
  void outsideARepositoryItIsAnErrorInOneLine(@TempDir Path elsewhere) {
    CliRun run = CliRun.of("install-hook", elsewhere.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .startsWith("posthog-guard: not a git repository");
  }

  @Test
  @SuppressWarnings("unchecked")
  void thePreCommitFrameworkHookRunsTheStagedScan() throws Exception {
    Path definition = repositoryRoot().resolve(".pre-commit-hooks.yaml");
    List<Object> hooks =
        (List<Object>)
            new Load(LoadSettings.builder().build()).loadFromString(Files.readString(definition));
    Map<String, Object> hook = (Map<String, Object>) hooks.get(0);

    assertThat(hook)
        .containsEntry("id", "posthog-guard")
        .containsEntry("language", "system")
        .containsEntry("pass_filenames", false);
    List<String> entry = Arrays.asList(((String) hook.get("entry")).split(" "));
    assertThat(entry.get(0)).isEqualTo(Main.NAME);

    // pre-commit runs the entry in the repository's root; the same arguments here:
    git.write("B.java", TestSources.withKey("B", PERSONAL_KEY));
    git.run("add", "-A");
    List<String> args = new ArrayList<>(entry.subList(1, entry.size()));
    args.add(dir.toString());
    CliRun run = CliRun.of(args.toArray(String[]::new));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("B.java:2:");
  }

  private static Path repositoryRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.exists(p.resolve(".pre-commit-hooks.yaml"))) {
        return p;
      }
    }
    throw new IllegalStateException(
        "no .pre-commit-hooks.yaml above " + Path.of("").toAbsolutePath());
  }
}
