package io.github.posthogguard.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.posthogguard.analyzer.Analyzer;
import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.project.ProjectAnalysis;
import io.github.posthogguard.rules.Rules;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Mutated Java text through the entry every surface uses: {@link ProjectAnalysis} on the rule
 * pack's {@link Analyzer}, prefilter and per-file budget included. Seeds: every {@code .java} file
 * under {@code test-cases/} (put in this class's inputs directory by the build), and the crash
 * inputs committed under {@code src/test/resources}.
 *
 * <p>A form feed splits the input into files of one project (at most {@value #MAX_FILES}), so that
 * the mutations reach what one file's analysis learns of another's.
 */
class JavaAnalysisFuzzTest {
  private static final int MAX_FILES = 4;

  /** What a file the analyzer cannot parse or will not parse may come back with. */
  private static final List<String> ALLOWED_PROBLEMS =
      List.of(": could not parse it", "posthog-guard: not parsed ");

  private static final Analyzer ANALYZER = Rules.analyzer();
  private static final ProjectAnalysis PROJECT = new ProjectAnalysis(ANALYZER, FlowOptions.NONE);

  @FuzzTest(maxDuration = "30s")
  void analyzeJava(byte[] input) {
    // Invalid UTF-8 comes in as the CLI's decoder would leave it at worst: replacement characters.
    String text = new String(input, StandardCharsets.UTF_8);
    List<SourceFile> files = split(text);
    String timeOut = Oracles.timeOutReason(ANALYZER.limits());
    List<FileAnalysis> analyses =
        Oracles.withinBudget(
            ANALYZER.limits(),
            files.size(),
            "the analysis of " + files.size() + " file(s)",
            () ->
                PROJECT.analyze(
                    files.stream().map(ProjectAnalysis.Source::of).toList(), null, null),
            result ->
                result.stream()
                    .flatMap(analysis -> analysis.problems().stream())
                    .anyMatch(problem -> problem.contains(timeOut)));
    if (analyses.size() != files.size()) {
      throw new AssertionError(analyses.size() + " analyses for " + files.size() + " files");
    }
    for (int i = 0; i < files.size(); i++) {
      Oracles.check(analyses.get(i), files.get(i).text(), ALLOWED_PROBLEMS);
    }
  }

  private static List<SourceFile> split(String text) {
    List<SourceFile> files = new ArrayList<>();
    int start = 0;
    while (files.size() < MAX_FILES - 1) {
      int feed = text.indexOf('\f', start);
      if (feed < 0) {
        break;
      }
      files.add(file(files.size(), text.substring(start, feed)));
      start = feed + 1;
    }
    files.add(file(files.size(), text.substring(start)));
    return files;
  }

  private static SourceFile file(int index, String text) {
    return new SourceFile("src/main/java/fuzz/Fuzzed" + index + ".java", text);
  }
}
