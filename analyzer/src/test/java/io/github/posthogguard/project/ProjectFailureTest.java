package io.github.posthogguard.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.rules.HardcodedPostHogKey;
import io.github.posthogguard.rules.Rules;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * A project's scan goes on past one file whatever that file throws where no file budget guards it
 * (issue 14, point 2): reading its text while another file's parse fills the heap.
 */
class ProjectFailureTest {
  private static final String KEY = "phx_aWFeOgd23eOp1ARVjVEeNJPXGyijpXUwIL8tuPmXyNc";

  @Test
  void aFileWhoseTextCannotBeReadForWantOfMemoryIsNamedOnceAndTheOthersAreAnalyzed()
      throws Exception {
    ProjectAnalysis.Source hungry =
        new ProjectAnalysis.Source() {
          @Override
          public String path() {
            return "src/Hungry.java";
          }

          @Override
          public String text() {
            throw new OutOfMemoryError("Java heap space");
          }
        };
    List<ProjectAnalysis.Source> sources =
        List.of(
            ProjectAnalysis.Source.of(
                new SourceFile("src/A.java", "class A { String k = \"" + KEY + "\"; }")),
            hungry,
            ProjectAnalysis.Source.of(
                new SourceFile("src/B.java", "class B { String k = \"" + KEY + "\"; }")));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (ExecutorService executor : new ExecutorService[] {null, pool}) {
        List<FileAnalysis> analyses =
            new ProjectAnalysis(Rules.analyzer(), FlowOptions.NONE)
                .analyze(sources, executor, null);

        assertThat(analyses).hasSize(3);
        assertThat(analyses.get(0).findingsOf(HardcodedPostHogKey.ID)).hasSize(1);
        assertThat(analyses.get(1).findings()).isEmpty();
        assertThat(analyses.get(1).problems())
            .containsExactly(
                "posthog-guard: skipped src/Hungry.java: ran out of memory (Java heap space)");
        assertThat(analyses.get(2).findingsOf(HardcodedPostHogKey.ID)).hasSize(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
