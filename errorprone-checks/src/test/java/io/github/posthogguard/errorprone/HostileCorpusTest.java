package io.github.posthogguard.errorprone;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.errorprone.testing.ErrorProneCompilation;
import io.github.posthogguard.rules.HardcodedPostHogKey;
import io.github.posthogguard.testing.HostileCorpus;
import io.github.posthogguard.testing.HostileCorpus.Entry;
import io.github.posthogguard.testing.HostileCorpus.Surface;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files of the hostile corpus that javac 17 compiles, in one real compilation with Error Prone
 * and {@code HardcodedPostHogKey}: javac finishes, every key is reported, and each file the check
 * skips or does not parse is named once on standard error with the reason.
 */
class HostileCorpusTest {
  @TempDir Path dir;

  @Test
  void compilesReportsEveryKeyAndNamesEachSkippedFileOnce() throws Exception {
    List<Entry> corpus =
        HostileCorpus.write(dir).stream().filter(e -> e.readBy(Surface.JAVAC)).toList();
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream originalErr = System.err;
    AtomicReference<ErrorProneCompilation.Result> result = new AtomicReference<>();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      // javac's own recursion needs a deep stack for the deep files; that is javac's limit, not
      // ours
      Thread javac =
          new Thread(
              null,
              () ->
                  result.set(
                      ErrorProneCompilation.compile(
                          corpus.stream().map(Entry::path).toList(),
                          List.of(HardcodedPostHogKey.ID),
                          List.of("-encoding", "UTF-8"))),
              "javac",
              1024L * 1024 * 1024);
      javac.start();
      javac.join();
    } finally {
      System.setErr(originalErr);
    }
    String err = captured.toString(StandardCharsets.UTF_8);

    assertThat(result.get()).as(err).isNotNull();
    for (Entry entry : corpus) {
      String name = entry.path().getFileName().toString();
      assertThat(
              result.get().diagnostics().stream()
                  .filter(d -> d.check().equals(HardcodedPostHogKey.ID))
                  .filter(d -> d.file().equals(name))
                  .map(d -> (int) d.line())
                  .toList())
          .as(name + "\n" + result.get().output() + err)
          .isEqualTo(entry.keyLines());
      List<String> named =
          err.lines()
              .filter(line -> line.startsWith("warning: posthog-guard: "))
              .filter(line -> line.contains(entry.path().toString()))
              .toList();
      if (entry.skipReason() == null) {
        assertThat(named).as(name).isEmpty();
      } else {
        assertThat(named).as(name).singleElement().asString().contains(entry.skipReason());
      }
    }
    assertThat(err).doesNotContain(HostileCorpus.KEY);
  }
}
