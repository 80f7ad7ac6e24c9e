package io.github.posthogguard.benchmarks;

import com.github.javaparser.JavaParser;
import io.github.posthogguard.analyzer.Analyzer;
import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.JavaParsers;
import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.rules.Rules;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * The in-process part of the benchmark, on one thread: reading every file, JavaParser parse-only
 * (out of the box, and as the analyzer configures it), the analyzer with all rules (with and
 * without the prefilter). One warm-up round, then {@code rounds} rounds with the phases
 * interleaved; medians are printed as a Markdown table.
 *
 * <p>Usage: {@code CorpusBenchmark <corpus folder> [rounds] [properties file]}; the properties file
 * receives the figures that {@code benchmarks/run.sh} compares with other measurements.
 */
public final class CorpusBenchmark {
  private static final String PARSE_ONLY = "JavaParser parse-only, default configuration";
  private static final String WITH_PREFILTER = "analyzer, all rules, prefilter";

  private final Corpus corpus;
  private final List<SourceFile> sources;
  private final long bytes;
  private final long lines;

  private CorpusBenchmark(Corpus corpus) {
    this.corpus = corpus;
    this.sources = corpus.readAll();
    this.bytes =
        sources.stream().mapToLong(s -> s.text().getBytes(StandardCharsets.UTF_8).length).sum();
    this.lines = sources.stream().mapToLong(s -> s.text().lines().count()).sum();
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: CorpusBenchmark <corpus folder> [rounds] [properties file]");
      System.exit(2);
    }
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Properties figures = new CorpusBenchmark(Corpus.of(Path.of(args[0]))).run(rounds);
    if (args.length > 2) {
      try (Writer out = Files.newBufferedWriter(Path.of(args[2]))) {
        figures.store(out, "CorpusBenchmark");
      }
    }
  }

  private Properties run(int rounds) {
    Analyzer analyzer = Rules.analyzer();
    Analyzer everyFile = analyzer.withoutPrefilter();
    Map<String, Consumer<SourceFile>> phases = new LinkedHashMap<>();
    phases.put("read every file (floor)", s -> corpus.read(corpus.root().resolve(s.path())));
    JavaParser outOfTheBox = new JavaParser();
    phases.put(PARSE_ONLY, s -> outOfTheBox.parse(s.text()));
    phases.put(
        "JavaParser parse-only, as the analyzer configures it",
        s -> JavaParsers.forThisThread().parse(s.text()));
    phases.put(WITH_PREFILTER, analyzer::analyze);
    phases.put("analyzer, all rules, every file parsed", everyFile::analyze);
    Map<String, long[]> perFileNanos = new LinkedHashMap<>();
    Map<String, List<Long>> totals = new LinkedHashMap<>();
    phases.keySet().forEach(name -> totals.put(name, new ArrayList<>()));
    for (int round = 0; round <= rounds; round++) {
      for (Map.Entry<String, Consumer<SourceFile>> phase : phases.entrySet()) {
        long[] nanos = timeEachFile(phase.getValue());
        if (round > 0) {
          totals.get(phase.getKey()).add(Arrays.stream(nanos).sum());
          perFileNanos.put(phase.getKey(), nanos);
        }
      }
    }
    long parsed = sources.stream().filter(analyzer::parses).count();
    List<FileAnalysis> analyses = sources.stream().map(analyzer::analyze).toList();
    int findings = analyses.stream().mapToInt(a -> a.findings().size()).sum();
    long skipped = analyses.stream().filter(a -> a.problem().isPresent()).count();

    System.out.printf(
        Locale.ROOT,
        "Corpus: %s: %,d files, %,d lines, %.1f MB; %d rounds after one warm-up, one thread%n%n",
        corpus.root(),
        sources.size(),
        lines,
        bytes / 1e6,
        rounds);
    System.out.println(
        "| phase | median total (s) | MB/s | files/s | per file p50 / p99 / max (ms) | ÷ parse-only (default) |");
    System.out.println("|---|---:|---:|---:|---|---:|");
    double parseOnly = median(totals.get(PARSE_ONLY));
    for (String name : phases.keySet()) {
      double seconds = median(totals.get(name)) / 1e9;
      long[] sorted = perFileNanos.get(name).clone();
      Arrays.sort(sorted);
      System.out.printf(
          Locale.ROOT,
          "| %s | %.2f | %.1f | %.0f | %.2f / %.2f / %.1f | %.2f× |%n",
          name,
          seconds,
          bytes / 1e6 / seconds,
          sources.size() / seconds,
          percentile(sorted, 0.50) / 1e6,
          percentile(sorted, 0.99) / 1e6,
          sorted[sorted.length - 1] / 1e6,
          median(totals.get(name)) / parseOnly);
    }
    System.out.printf(
        Locale.ROOT,
        "%nFiles the analyzer parsed (prefilter): %,d of %,d (%.1f%%); findings: %d; files skipped as unparsable: %d%n",
        parsed,
        sources.size(),
        100.0 * parsed / sources.size(),
        findings,
        skipped);
    Properties figures = new Properties();
    figures.setProperty("corpusMegabytes", String.format(Locale.ROOT, "%.2f", bytes / 1e6));
    figures.setProperty("parseOnlySeconds", String.format(Locale.ROOT, "%.3f", parseOnly / 1e9));
    figures.setProperty(
        "analyzerSeconds",
        String.format(Locale.ROOT, "%.3f", median(totals.get(WITH_PREFILTER)) / 1e9));
    figures.setProperty(
        "parsedShare", String.format(Locale.ROOT, "%.4f", parsed / (double) sources.size()));
    return figures;
  }

  private long[] timeEachFile(Consumer<SourceFile> work) {
    long[] nanos = new long[sources.size()];
    for (int i = 0; i < sources.size(); i++) {
      long start = System.nanoTime();
      work.accept(sources.get(i));
      nanos[i] = System.nanoTime() - start;
    }
    return nanos;
  }

  private static double median(List<Long> values) {
    long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
  }

  private static double percentile(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }
}
