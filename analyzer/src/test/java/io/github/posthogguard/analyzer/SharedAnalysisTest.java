package io.github.posthogguard.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SharedAnalysisTest {

  @Test
  void parsesAFileOnceForAllChecksAndReportsItsProblemOnce() {
    AtomicInteger runs = new AtomicInteger();
    Rule counting =
        new Rule() {
          @Override
          public String id() {
            return "Counting";
          }

          @Override
          public void check(RuleContext context) {
            runs.incrementAndGet();
          }
        };
    List<String> problems = new ArrayList<>();
    SharedAnalysis shared = new SharedAnalysis(new Analyzer(List.of(counting)), problems::add);
    SourceFile good = new SourceFile("A.java", "class A {}");
    SourceFile bad = new SourceFile("B.java", "class B {");

    for (int check = 0; check < 5; check++) {
      shared.analyze(good);
      shared.analyze(bad);
    }

    assertThat(runs).hasValue(1);
    assertThat(problems).singleElement().asString().contains("B.java");
  }

  @Test
  void anEditedFileIsAnalyzedAgain() {
    AtomicInteger runs = new AtomicInteger();
    Rule counting =
        new Rule() {
          @Override
          public String id() {
            return "Counting";
          }

          @Override
          public void check(RuleContext context) {
            runs.incrementAndGet();
          }
        };
    SharedAnalysis shared = new SharedAnalysis(new Analyzer(List.of(counting)), p -> {});

    shared.analyze(new SourceFile("A.java", "class A {}"));
    shared.analyze(new SourceFile("A.java", "class A { int x; }"));

    assertThat(runs).hasValue(2);
  }
}
