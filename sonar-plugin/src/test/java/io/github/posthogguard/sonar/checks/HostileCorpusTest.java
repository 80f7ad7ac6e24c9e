package io.github.posthogguard.sonar.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.rules.HardcodedPostHogKey;
import io.github.posthogguard.sonar.testing.SonarIssue;
import io.github.posthogguard.sonar.testing.SonarIssues;
import io.github.posthogguard.testing.HostileCorpus;
import io.github.posthogguard.testing.HostileCorpus.Entry;
import io.github.posthogguard.testing.HostileCorpus.Surface;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.event.Level;
import org.sonar.api.testfixtures.log.LogTesterJUnit5;

/**
 * The files of the hostile corpus sonar-java reads, scanned as one module by sonar-java's own
 * scanner with every check: the scan finishes, every key is reported, and each file the checks skip
 * or do not parse is named once with the reason.
 */
class HostileCorpusTest {
  @RegisterExtension final LogTesterJUnit5 logs = new LogTesterJUnit5().setLevel(Level.WARN);

  @TempDir Path dir;

  @Test
  void scansReportsEveryKeyAndNamesEachSkippedFileOnce() throws Exception {
    List<Entry> corpus =
        HostileCorpus.write(dir).stream().filter(e -> e.readBy(Surface.SONAR)).toList();
    List<String> problems = Collections.synchronizedList(new ArrayList<>());
    AtomicReference<List<List<SonarIssue>>> issues = new AtomicReference<>();
    // sonar-java's parser recurses as javac's does: the deep files need a deep stack there too
    Thread scan =
        new Thread(
            null,
            () ->
                issues.set(
                    SonarIssues.ofProject(
                        corpus.stream().map(Entry::path).toList(), List.of(), problems::add)),
            "sonar-java",
            1024L * 1024 * 1024);
    scan.start();
    scan.join();

    assertThat(issues.get()).as(logs.logs().toString()).isNotNull();
    List<String> named = new ArrayList<>(problems);
    named.addAll(logs.logs(Level.WARN).stream().filter(l -> l.contains("posthog-guard")).toList());
    for (int i = 0; i < corpus.size(); i++) {
      Entry entry = corpus.get(i);
      String name = entry.path().getFileName().toString();
      assertThat(
              issues.get().get(i).stream()
                  .filter(issue -> issue.ruleKey().equals(HardcodedPostHogKey.ID))
                  .map(SonarIssue::line)
                  .toList())
          .as(name + " " + named)
          .isEqualTo(entry.keyLines());
      List<String> aboutIt =
          named.stream().filter(line -> line.contains(entry.path().toString())).toList();
      if (entry.skipReason() == null) {
        assertThat(aboutIt).as(name).isEmpty();
      } else {
        assertThat(aboutIt).as(name).singleElement().asString().contains(entry.skipReason());
      }
    }
    assertThat(String.join("\n", named)).doesNotContain(HostileCorpus.KEY);
  }
}
