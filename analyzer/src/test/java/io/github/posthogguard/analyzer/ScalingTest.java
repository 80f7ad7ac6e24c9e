package io.github.posthogguard.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.eval.Evaluator;
import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.project.ProjectView;
import io.github.posthogguard.project.Summarizer;
import io.github.posthogguard.rules.Rules;
import io.github.posthogguard.rules.SecretToLog;
import io.github.posthogguard.testing.GeneratedClass;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The work of analyzing a file grows linearly with its size (issue 14, point 1), measured without a
 * clock: the bytes the analysis allocates (parse, every rule, the project summary) per byte of
 * input stay within 2× from the smallest file of one shape to a file 16 times as large. Time per MB
 * is the benchmark's ({@code benchmarks/.../ScalingBenchmark}); allocation follows the same
 * quadratic paths (a whole-file walk per expression, a string copied per link of a chain) and does
 * not depend on the machine's load.
 */
class ScalingTest {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private final Analyzer analyzer =
      Rules.analyzer().withLimits(new Limits(64L * 1024 * 1024, Duration.ofMinutes(10)));

  @Test
  void allocationPerByteStaysWithinTwiceTheSmallestFilesFromFiftyKilobytesToEightHundred() {
    int[] sizes = {50_000, 200_000, 800_000};
    allocatedPerByte(sizes[0]); // warm-up: class loading and the first compilations allocate
    List<Double> perByte = new ArrayList<>();
    for (int size : sizes) {
      perByte.add(allocatedPerByte(size));
    }

    for (int i = 1; i < sizes.length; i++) {
      assertThat(perByte.get(i))
          .as("bytes allocated per byte of input at %d chars: %s", sizes[i], perByte)
          .isLessThan(2 * perByte.get(0));
    }
  }

  private double allocatedPerByte(int size) {
    String text = GeneratedClass.ofSize(size);
    SourceFile source = new SourceFile("Generated.java", text);
    FileBudget.Outcome<Long> outcome =
        analyzer
            .budget()
            .run(
                () -> {
                  long before = THREADS.getCurrentThreadAllocatedBytes();
                  JavaFile file = analyzer.parse(source, ProjectView.NONE).file();
                  FileAnalysis analysis = analyzer.run(file, analyzer.rules());
                  Summarizer.of(Evaluator.of(file, FlowOptions.NONE), source.path());
                  long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
                  assertThat(analysis.findingsOf(SecretToLog.ID)).isNotEmpty();
                  return allocated;
                });
    assertThat(outcome.reason()).isNull();
    return (double) ((FileBudget.Outcome.Done<Long>) outcome).value() / text.length();
  }
}
