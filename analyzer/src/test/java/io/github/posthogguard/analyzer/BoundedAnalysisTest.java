package io.github.posthogguard.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.rules.HardcodedPostHogKey;
import io.github.posthogguard.rules.Rules;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * One file can cost only so much (issue 14, points 2 and 3): deep code is analyzed on a thread with
 * a large stack; a file past its time budget, out of memory or over the size limit is named once
 * and the next file is analyzed as usual.
 */
class BoundedAnalysisTest {
  private static final String KEY = "phx_aWFeOgd23eOp1ARVjVEeNJPXGyijpXUwIL8tuPmXyNc";
  private static final Limits GENEROUS = new Limits(8L * 1024 * 1024, Duration.ofMinutes(2));

  private final Analyzer analyzer = Rules.analyzer().withLimits(GENEROUS);

  @Test
  void tenThousandNestedParenthesesAreAnalyzed() {
    String text =
        "class P { String k = " + "(".repeat(10_000) + '"' + KEY + '"' + ")".repeat(10_000) + "; }";

    assertReportsTheKey(analyzer.analyze(new SourceFile("P.java", text)));
  }

  @Test
  void tenThousandNestedBlocksAreAnalyzed() {
    String text =
        "class B { void f() { "
            + "{ ".repeat(10_000)
            + "String k = \""
            + KEY
            + "\"; "
            + "} ".repeat(10_000)
            + "} }";

    assertReportsTheKey(analyzer.analyze(new SourceFile("B.java", text)));
  }

  @Test
  void aTwentyThousandTermConcatenationIsAnalyzed() {
    StringBuilder terms = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      terms.append("\"t").append(i % 10).append("\" + ");
    }
    String text = "class C { String k = " + terms + '"' + KEY + "\"; }";

    FileAnalysis analysis = analyzer.analyze(new SourceFile("C.java", text));

    assertThat(analysis.problems()).isEmpty();
    assertThat(analysis.findingsOf(HardcodedPostHogKey.ID)).isNotEmpty();
  }

  @Test
  void aFileOverTheSizeLimitGetsTheTextScanOfHardcodedKeysAndOneLineSayingSo() {
    Analyzer small = analyzer.withLimits(new Limits(1024, Duration.ofMinutes(1)));
    String text = "class L {\n  // " + "x".repeat(2000) + "\n  String k = \"" + KEY + "\";\n}\n";

    FileAnalysis analysis = small.analyze(new SourceFile("src/L.java", text));

    assertThat(analysis.findingsOf(HardcodedPostHogKey.ID))
        .singleElement()
        .satisfies(f -> assertThat(f.range().beginLine()).isEqualTo(3));
    assertThat(analysis.problems())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p)
                    .startsWith("posthog-guard: not parsed src/L.java: larger than 1 KB (3 KB)")
                    .endsWith("only its text was scanned for hard-coded keys")
                    .doesNotContain(KEY));
  }

  @Test
  void aFilePastItsTimeBudgetIsSkippedWithItsPathAndTheNextFileIsAnalyzed() {
    Rule slowOnA =
        rule(
            context -> {
              if (context.file().path().equals("A.java")) {
                while (true) {
                  Deadline.check(); // analysis code looks at the deadline where it loops
                }
              }
            });
    Analyzer bounded =
        new Analyzer(List.of(slowOnA, new HardcodedPostHogKey()))
            .withLimits(new Limits(1024 * 1024, Duration.ofSeconds(2)));

    FileAnalysis slow = bounded.analyze(new SourceFile("A.java", "class A {}"));
    FileAnalysis next = bounded.analyze(javaWithKey("N.java"));

    assertThat(slow.findings()).isEmpty();
    assertThat(slow.problems())
        .containsExactly("posthog-guard: skipped A.java: took longer than its time budget (2 s)");
    assertReportsTheKey(next);
  }

  @Test
  void aFileThatRunsOutOfMemoryIsSkippedAndTheNextFileIsAnalyzed() {
    // a real exhaustion would take the test runner's own threads down with it
    Rule hungryOnA =
        rule(
            context -> {
              if (context.file().path().equals("A.java")) {
                throw new OutOfMemoryError("Java heap space");
              }
            });
    Analyzer bounded =
        new Analyzer(List.of(hungryOnA, new HardcodedPostHogKey())).withLimits(GENEROUS);

    FileAnalysis hungry = bounded.analyze(new SourceFile("A.java", "class A {}"));
    FileAnalysis next = bounded.analyze(javaWithKey("N.java"));

    assertThat(hungry.problems())
        .containsExactly("posthog-guard: skipped A.java: ran out of memory (Java heap space)");
    assertReportsTheKey(next);
  }

  @Test
  void filesThatTogetherNeedMoreHeapThanThereIsAreAnalyzedOneAfterTheOther() throws Exception {
    long chars = 1000;
    HeapGate heap = new HeapGate(chars * HeapGate.BYTES_PER_CHAR * 3 / 2); // one fits, two do not
    long free = heap.freeBytes();
    FileBudget budget = new FileBudget(GENEROUS, heap);
    AtomicInteger running = new AtomicInteger();
    AtomicInteger mostAtOnce = new AtomicInteger();
    Callable<Integer> large =
        () -> {
          mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
          Thread.sleep(100);
          running.decrementAndGet();
          return 1;
        };
    ExecutorService callers = Executors.newFixedThreadPool(4);
    try {
      List<Future<FileBudget.Outcome<Integer>>> outcomes = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        outcomes.add(callers.submit(() -> budget.run(large, chars)));
      }
      for (Future<FileBudget.Outcome<Integer>> outcome : outcomes) {
        assertThat(outcome.get()).isEqualTo(new FileBudget.Outcome.Done<>(1));
      }
    } finally {
      callers.shutdownNow();
    }

    assertThat(mostAtOnce).hasValue(1);
    assertThat(heap.freeBytes()).isEqualTo(free); // each file gave back what it took
  }

  @Test
  void aFileWhoseParseWouldNeedMoreThanTheWholeHeapGetsTheTextScanOnly() {
    HeapGate heap = new HeapGate(10L * 1024 * 1024);

    assertThat(heap.fits(10L * 1024 * 1024 / HeapGate.BYTES_PER_CHAR)).isTrue();
    assertThat(heap.fits(10L * 1024 * 1024 / HeapGate.BYTES_PER_CHAR + 1)).isFalse();
  }

  private static SourceFile javaWithKey(String path) {
    return new SourceFile(path, "class N { String k = \"" + KEY + "\"; }");
  }

  private static void assertReportsTheKey(FileAnalysis analysis) {
    assertThat(analysis.problems()).isEmpty();
    assertThat(analysis.findingsOf(HardcodedPostHogKey.ID)).hasSize(1);
  }

  private static Rule rule(java.util.function.Consumer<RuleContext> check) {
    return new Rule() {
      @Override
      public String id() {
        return "Test";
      }

      @Override
      public void check(RuleContext context) {
        check.accept(context);
      }
    };
  }
}
