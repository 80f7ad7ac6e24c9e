package io.github.posthogguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.analyzer.Analyzer;
import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.TextClues;
import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.rules.Rules;
import org.junit.jupiter.api.Test;

class WarmUpTest {
  private final Analyzer analyzer = Rules.analyzer();

  @Test
  void theSampleInterestsEveryRule() {
    assertThat(analyzer.rulesFor(TextClues.ofJavaSource(WarmUp.SAMPLE)))
        .containsExactlyElementsOf(analyzer.rules());
  }

  @Test
  void theSampleIsAnalyzedWithoutProblems() {
    FileAnalysis analysis = WarmUp.analyzeSample(analyzer, FlowOptions.NONE);

    assertThat(analysis.problems()).isEmpty();
    assertThat(analysis.findings()).isNotEmpty(); // the rules ran through to their reports
  }
}
