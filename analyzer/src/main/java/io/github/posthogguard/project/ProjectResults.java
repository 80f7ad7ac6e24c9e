package io.github.posthogguard.project;

import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One project's analysis, made once and served file by file to surfaces that visit the files one at
 * a time (Error Prone's checks, sonar-java's scanners). It runs on first request, or ahead on a
 * thread of its own; a file's analysis is served as soon as it is final, and only for the very text
 * the surface reads. When the project analysis fails, every file is served empty and the surface
 * analyzes it alone.
 */
public final class ProjectResults {
  private final Supplier<ProjectAnalysis> analysis;
  private final List<? extends ProjectAnalysis.Source> sources;
  private final Consumer<String> problems;
  private final Map<String, Integer> indexByPath = new HashMap<>();
  private final List<CompletableFuture<Served>> results = new ArrayList<>();
  private final AtomicBoolean started = new AtomicBoolean();

  /**
   * {@code analysis} is made when the analysis runs (it may read the configuration); {@code
   * problems} hears once of each file the analysis skipped, and why.
   */
  public ProjectResults(
      Supplier<ProjectAnalysis> analysis,
      List<? extends ProjectAnalysis.Source> sources,
      Consumer<String> problems) {
    this.analysis = analysis;
    this.sources = List.copyOf(sources);
    this.problems = problems;
    for (ProjectAnalysis.Source source : this.sources) {
      indexByPath.putIfAbsent(source.path(), results.size());
      results.add(new CompletableFuture<>());
    }
  }

  /** Starts the analysis on a daemon thread, below the caller's priority. */
  public void startAhead(String threadName) {
    if (started.get()) {
      return;
    }
    Thread thread = new Thread(this::runOnce, threadName);
    thread.setDaemon(true);
    thread.setPriority(Thread.NORM_PRIORITY - 1);
    thread.start();
  }

  /**
   * The analysis of the file at {@code path} with the project, waiting for it if need be; empty
   * when the file is not the project's, the analysis failed or read another text than {@code text}.
   */
  public Optional<FileAnalysis> analysisOf(String path, String text) {
    Integer index = indexByPath.get(path);
    if (index == null) {
      return Optional.empty();
    }
    runOnce();
    Served result = results.get(index).join();
    if (result == null || result.textPrint() != ProjectAnalysis.printOf(text)) {
      return Optional.empty();
    }
    FileAnalysis analysis = result.analysis();
    return Optional.of(
        new FileAnalysis(
            new SourceFile(analysis.file().path(), text),
            analysis.findings(),
            analysis.problems()));
  }

  /** A file's analysis and the print of the text it was made from. */
  private record Served(FileAnalysis analysis, long textPrint) {}

  public boolean contains(String path) {
    return indexByPath.containsKey(path);
  }

  private void runOnce() {
    if (!started.compareAndSet(false, true)) {
      return;
    }
    try {
      analysis
          .get()
          .analyze(
              sources,
              null,
              (index, fileAnalysis, textPrint) -> {
                fileAnalysis.problems().forEach(problems);
                results.get(index).complete(new Served(fileAnalysis, textPrint));
              });
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      // the files not served yet are analyzed alone by the surface
    } finally {
      results.forEach(result -> result.complete(null));
    }
  }
}
