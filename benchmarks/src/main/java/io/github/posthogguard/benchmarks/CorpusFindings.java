package io.github.posthogguard.benchmarks;

import io.github.posthogguard.analyzer.Analyzer;
import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.project.ProjectAnalysis;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * What the analyzer reports on every Java file under a folder, analyzed once on all cores: the
 * findings (sorted, paths relative to the folder), the files it had to skip, and the size of the
 * folder in files and lines.
 *
 * <p>Lines are counted as {@link String#lines()} counts them over each file read as UTF-8: every
 * {@code \n}, {@code \r\n} or {@code \r} ends a line, and a last line without one counts too (so
 * the figure is {@code wc -l} plus the files whose last line has no newline).
 */
public record CorpusFindings(
    Path root, int files, long lines, List<ReportedFinding> findings, List<String> skipped) {

  public CorpusFindings {
    findings = List.copyOf(findings);
    skipped = List.copyOf(skipped);
  }

  /** The folder analyzed as one project, as the CLI analyzes its paths. */
  public static CorpusFindings of(Path root, Analyzer analyzer) {
    Corpus corpus = Corpus.of(root);
    List<ProjectAnalysis.Source> sources =
        corpus.files().stream().map(file -> corpusSource(corpus, file)).toList();
    ExecutorService executor =
        Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    List<FileAnalysis> analyses;
    try {
      analyses = new ProjectAnalysis(analyzer, FlowOptions.NONE).analyze(sources, executor, null);
    } finally {
      executor.shutdown();
    }
    List<PerFile> perFile = new ArrayList<>();
    for (int i = 0; i < analyses.size(); i++) {
      perFile.add(PerFile.of(corpus.read(corpus.files().get(i)), analyses.get(i)));
    }
    List<ReportedFinding> findings = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    long lines = 0;
    for (PerFile file : perFile) {
      findings.addAll(file.findings());
      file.problem().ifPresent(skipped::add);
      lines += file.lines();
    }
    findings.sort(ReportedFinding.ORDER);
    return new CorpusFindings(root, perFile.size(), lines, findings, skipped);
  }

  private static ProjectAnalysis.Source corpusSource(Corpus corpus, Path file) {
    return new ProjectAnalysis.Source() {
      @Override
      public String path() {
        return corpus.root().relativize(file).toString();
      }

      @Override
      public String text() {
        return corpus.read(file).text();
      }
    };
  }

  public List<ReportedFinding> findingsOf(Predicate<String> ruleId) {
    return findings.stream().filter(f -> ruleId.test(f.ruleId())).toList();
  }

  private record PerFile(List<ReportedFinding> findings, Optional<String> problem, long lines) {
    static PerFile of(SourceFile source, FileAnalysis analysis) {
      String path = source.path().replace('\\', '/');
      String[] lines = source.text().lines().toArray(String[]::new);
      List<ReportedFinding> findings =
          analysis.findings().stream().map(f -> ReportedFinding.of(path, f, lines)).toList();
      return new PerFile(findings, analysis.problem(), lines.length);
    }
  }
}
