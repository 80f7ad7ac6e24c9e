package io.github.posthogguard.analyzer;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * Shares one analysis of a file among a surface's checks. Error Prone and sonar-java call one check
 * per rule on the same file in a row; the first call parses and runs every rule, the others take
 * the result. A skipped file's problem is handed to {@code problems} once, by the first call.
 */
public final class SharedAnalysis {
  private static final int RECENT_FILES = 16;

  private final Analyzer analyzer;
  private final Consumer<String> problems;
  private final Map<SourceFile, CompletableFuture<FileAnalysis>> recent = new ConcurrentHashMap<>();
  private final Queue<SourceFile> order = new ConcurrentLinkedQueue<>();

  public SharedAnalysis(Analyzer analyzer, Consumer<String> problems) {
    this.analyzer = analyzer;
    this.problems = problems;
  }

  public Analyzer analyzer() {
    return analyzer;
  }

  public FileAnalysis analyze(SourceFile file) {
    CompletableFuture<FileAnalysis> mine = new CompletableFuture<>();
    CompletableFuture<FileAnalysis> known = recent.putIfAbsent(file, mine);
    if (known != null) {
      return known.join();
    }
    order.add(file);
    while (order.size() > RECENT_FILES) {
      SourceFile oldest = order.poll();
      if (oldest != null) {
        recent.remove(oldest);
      }
    }
    FileAnalysis analysis = analyzer.analyze(file);
    mine.complete(analysis);
    analysis.problems().forEach(problems);
    return analysis;
  }
}
