package io.github.posthogguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.rules.HardcodedPostHogKey;
import io.github.posthogguard.testing.HostileCorpus;
import io.github.posthogguard.testing.HostileCorpus.Entry;
import io.github.posthogguard.testing.HostileCorpus.Surface;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus through the CLI in a JVM of its own, with the options of its launcher ({@code
 * bin/posthog-guard}: its heap): the scan ends, reports every key, and names each file it skips or
 * does not parse once, with the reason.
 */
class HostileCorpusTest {
  private static final Pattern FINDING = Pattern.compile("^(.+):(\\d+):(\\d+)  (\\w+) ");
  private static final Pattern SKIPPED =
      Pattern.compile("^posthog-guard: (?:skipped|not parsed) (.+?\\.java): (.*)$");

  @TempDir Path dir;

  @Test
  void theLauncherScanFinishesReportsEveryKeyAndNamesEachSkippedFileOnce() throws Exception {
    List<Entry> corpus =
        HostileCorpus.write(dir).stream().filter(e -> e.readBy(Surface.CLI)).toList();

    Run run = launch(dir.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(GuardCommand.FOUND);
    Map<String, List<Integer>> found = new TreeMap<>();
    for (String line : run.out().lines().toList()) {
      Matcher m = FINDING.matcher(line);
      if (m.find() && m.group(4).equals(HardcodedPostHogKey.ID)) {
        found.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(Integer.valueOf(m.group(2)));
      }
    }
    Map<String, List<Integer>> expected = new TreeMap<>();
    for (Entry entry : corpus) {
      if (!entry.keyLines().isEmpty()) {
        expected.put(entry.path().toString(), entry.keyLines());
      }
    }
    assertThat(found).as(run.out() + run.err()).isEqualTo(expected);

    Map<String, String> skipped = new TreeMap<>();
    for (String line : run.err().lines().toList()) {
      Matcher m = SKIPPED.matcher(line);
      if (m.find()) {
        assertThat(skipped.put(m.group(1), m.group(2))).as("named twice: " + line).isNull();
      }
    }
    assertThat(skipped.keySet())
        .containsExactlyInAnyOrderElementsOf(
            corpus.stream()
                .filter(e -> e.skipReason() != null)
                .map(e -> e.path().toString())
                .toList());
    for (Entry entry : corpus) {
      if (entry.skipReason() != null) {
        assertThat(skipped.get(entry.path().toString())).contains(entry.skipReason());
      }
    }
    assertThat(run.err())
        .contains("not valid UTF-8; read as ISO-8859-1")
        .contains("symbolic link loops back");
    assertThat(run.summary()).contains("1 binary");
    assertThat(run.out() + run.err()).doesNotContain(HostileCorpus.KEY);
  }

  @Test
  void aFilePastTheTimeBudgetIsNamedOnceAndTheScanEnds() throws Exception {
    HostileCorpus.write(dir);
    Path large = dir.resolve("Large.java");
    Path other = dir.resolve("Crlf.java");

    Run run = launch("--time-per-file", "0.001", large.toString(), other.toString());

    assertThat(run.err().lines())
        .filteredOn(line -> line.contains(large.toString()))
        .containsExactly(
            "posthog-guard: skipped " + large + ": took longer than its time budget (1 ms)");
    assertThat(run.exitCode()).isIn(GuardCommand.NOTHING_FOUND, GuardCommand.FOUND);
  }

  private record Run(int exitCode, String out, String err) {
    String summary() {
      List<String> lines = out.lines().toList();
      return lines.get(lines.size() - 1);
    }
  }

  /** {@link Main} with the JVM options the launcher script gives it. */
  private Run launch(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(launcherOptions());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of("--color", "never"));
    command.addAll(List.of(args));
    Path out = dir.resolveSibling(dir.getFileName() + ".out");
    Path err = dir.resolveSibling(dir.getFileName() + ".err");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the scan did not end");
    }
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /**
   * The options {@code bin/posthog-guard} gives a whole-tree scan unless POSTHOG_GUARD_JAVA_OPTS
   * replaces them.
   */
  static List<String> launcherOptions() throws IOException {
    String script = Files.readString(Path.of("bin", "posthog-guard"));
    Matcher defaults = Pattern.compile("(?m)^options=\"([^\"]*)\"$").matcher(script);
    assertThat(defaults.find()).as("the launcher's default JVM options").isTrue();
    List<String> options = List.of(defaults.group(1).trim().split("\\s+"));
    assertThat(options).anyMatch(o -> o.startsWith("-Xmx"));
    return options;
  }
}
