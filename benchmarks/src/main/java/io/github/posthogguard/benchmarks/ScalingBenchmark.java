package io.github.posthogguard.benchmarks;

import io.github.posthogguard.analyzer.Analyzer;
import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.FileBudget;
import io.github.posthogguard.analyzer.JavaFile;
import io.github.posthogguard.analyzer.JavaParsers;
import io.github.posthogguard.analyzer.Limits;
import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.eval.Evaluator;
import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.project.ProjectView;
import io.github.posthogguard.project.Summarizer;
import io.github.posthogguard.rules.Rules;
import io.github.posthogguard.testing.GeneratedClass;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the analysis of one file grows with its size (issue 14, point 1): generated files of one
 * shape ({@link GeneratedClass}: many small methods, some logging a password) from 10 KB to 5 MB,
 * each parsed only, then analyzed as a project's first pass does (parse, every rule, the summary),
 * on a thread of the analyzer's budget. Best of {@code rounds} after a warm-up; prints a Markdown
 * table: time per MB against the smallest file's, the analysis against parse-only, and the bytes
 * allocated per byte of input.
 *
 * <p>Usage: {@code ScalingBenchmark [rounds]}.
 */
public final class ScalingBenchmark {
  private static final int[] SIZES = {10_000, 40_000, 160_000, 640_000, 2_500_000, 5_000_000};
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private final Analyzer analyzer =
      Rules.analyzer().withLimits(new Limits(64L * 1024 * 1024, Duration.ofMinutes(30)));

  private record Measure(long nanos, long allocated) {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    new ScalingBenchmark().run(rounds);
  }

  private void run(int rounds) {
    String warmUp = GeneratedClass.ofSize(160_000);
    for (int i = 0; i < 5; i++) {
      parseOnly(warmUp);
      analysis(warmUp);
    }
    List<String[]> rows = new ArrayList<>();
    double smallestPerMb = 0;
    for (int size : SIZES) {
      String text = GeneratedClass.ofSize(size);
      long parse = Long.MAX_VALUE;
      Measure best = new Measure(Long.MAX_VALUE, 0);
      for (int round = 0; round < rounds; round++) {
        parse = Math.min(parse, parseOnly(text).nanos());
        Measure measure = analysis(text);
        if (measure.nanos() < best.nanos()) {
          best = measure;
        }
      }
      double megabytes = text.length() / 1_000_000.0;
      double perMb = best.nanos() / 1e6 / megabytes;
      if (smallestPerMb == 0) {
        smallestPerMb = perMb;
      }
      rows.add(
          new String[] {
            String.format(Locale.ROOT, "%,d", text.length()),
            String.format(Locale.ROOT, "%.1f", parse / 1e6),
            String.format(Locale.ROOT, "%.1f", best.nanos() / 1e6),
            String.format(Locale.ROOT, "%.0f", perMb),
            String.format(Locale.ROOT, "%.2f", perMb / smallestPerMb),
            String.format(Locale.ROOT, "%.2f", (double) best.nanos() / parse),
            String.format(Locale.ROOT, "%.0f", (double) best.allocated() / text.length())
          });
    }
    System.out.println(
        "| chars | parse-only ms | analysis ms | analysis ms/MB | ms/MB vs smallest"
            + " | analysis / parse-only | bytes allocated per char |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
    for (String[] row : rows) {
      System.out.println("| " + String.join(" | ", row) + " |");
    }
  }

  /** JavaParser as the analyzer configures it, nothing else. */
  private Measure parseOnly(String text) {
    return onBudgetThread(
        () -> {
          if (!JavaParsers.parse(text).isSuccessful()) {
            throw new IllegalStateException("the generated file does not parse");
          }
        });
  }

  /** What a project's first pass does with a file: parse, every rule, the summary. */
  private Measure analysis(String text) {
    SourceFile source = new SourceFile("Generated.java", text);
    return onBudgetThread(
        () -> {
          JavaFile file = analyzer.parse(source, ProjectView.NONE).file();
          FileAnalysis analysis = analyzer.run(file, analyzer.rules());
          Summarizer.of(Evaluator.of(file, FlowOptions.NONE), source.path());
          if (analysis.findings().isEmpty() || !analysis.problems().isEmpty()) {
            throw new IllegalStateException("unexpected analysis: " + analysis.problems());
          }
        });
  }

  /** Times work on a thread of the analyzer's budget: its large stack, as in real runs. */
  private Measure onBudgetThread(Runnable work) {
    FileBudget.Outcome<Measure> outcome =
        analyzer
            .budget()
            .run(
                () -> {
                  long allocated = THREADS.getCurrentThreadAllocatedBytes();
                  long start = System.nanoTime();
                  work.run();
                  long nanos = System.nanoTime() - start;
                  return new Measure(nanos, THREADS.getCurrentThreadAllocatedBytes() - allocated);
                });
    if (outcome instanceof FileBudget.Outcome.Done<Measure> done) {
      return done.value();
    }
    throw new IllegalStateException(outcome.reason());
  }
}
