package io.github.posthogguard.cli;

import io.github.posthogguard.analyzer.Analyzer;
import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.analyzer.SecondaryLocation;
import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.config.ConfigAnalyzer;
import io.github.posthogguard.config.TextFiles;
import io.github.posthogguard.keys.KeyMask;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads and analyzes the collected files on a pool of threads: {@code .java} files with the Java
 * analysis, every other text file with the config-file rules ({@link ConfigAnalyzer}); binary files
 * (told from their first bytes) and files over the size limit are counted, not read. Results are
 * gathered in the collection's order, so the output does not depend on the number of threads.
 */
public final class ProjectScanner {
  private static final Comparator<Finding> BY_POSITION =
      Comparator.comparingInt((Finding f) -> f.range().beginLine())
          .thenComparingInt(f -> f.range().beginColumn())
          .thenComparing(Finding::ruleId)
          .thenComparingInt(f -> f.range().endLine())
          .thenComparingInt(f -> f.range().endColumn())
          .thenComparing(Finding::message);

  private final Analyzer analyzer;
  private final ConfigAnalyzer configAnalyzer;
  private final int threads;
  private final long maxFileBytes;

  public ProjectScanner(Analyzer analyzer, int threads) {
    this(analyzer, new ConfigAnalyzer(), threads, TextFiles.DEFAULT_MAX_BYTES);
  }

  public ProjectScanner(
      Analyzer analyzer, ConfigAnalyzer configAnalyzer, int threads, long maxFileBytes) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.analyzer = analyzer;
    this.configAnalyzer = configAnalyzer;
    this.threads = threads;
    this.maxFileBytes = maxFileBytes;
  }

  public ScanResult scan(SourceCollection sources) {
    List<Outcome> outcomes = threads == 1 ? scanHere(sources.files()) : scanOnPool(sources.files());
    List<ScannedFile> scanned = new ArrayList<>();
    List<UnreadableFile> unreadable = new ArrayList<>(sources.unreadable());
    List<Notice> notices = new ArrayList<>(sources.notices());
    int binary = 0;
    int tooLarge = 0;
    for (Outcome outcome : outcomes) {
      if (outcome instanceof Read read) {
        scanned.add(read.file());
        read.notice().ifPresent(notices::add);
      } else if (outcome instanceof NotRead notRead) {
        unreadable.add(notRead.file());
      } else if (outcome instanceof NotText notText) {
        if (notText.content() == SourceReader.Content.BINARY) {
          binary++;
        } else {
          tooLarge++;
        }
      }
    }
    unreadable.sort(Comparator.comparing(UnreadableFile::path));
    notices.sort(Comparator.comparing(Notice::path));
    return new ScanResult(
        scanned,
        unreadable,
        notices,
        new NotScanned(binary, tooLarge, maxFileBytes, sources.ignoredByGit()));
  }

  private sealed interface Outcome permits Read, NotRead, NotText {}

  private record Read(ScannedFile file, Optional<Notice> notice) implements Outcome {}

  private record NotRead(UnreadableFile file) implements Outcome {}

  private record NotText(SourceReader.Content content) implements Outcome {}

  private List<Outcome> scanHere(List<SourcePath> files) {
    return files.stream().map(this::scanOne).toList();
  }

  private List<Outcome> scanOnPool(List<SourcePath> files) {
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.max(1, Math.min(threads, files.size())), daemonThreads());
    try {
      List<Future<Outcome>> futures = new ArrayList<>(files.size());
      for (SourcePath file : files) {
        futures.add(pool.submit(() -> scanOne(file)));
      }
      List<Outcome> outcomes = new ArrayList<>(files.size());
      for (Future<Outcome> future : futures) {
        outcomes.add(future.get());
      }
      return outcomes;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while scanning", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("scanning failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private Outcome scanOne(SourcePath file) {
    boolean java = !ConfigAnalyzer.reads(file.displayPath());
    SourceText source;
    try {
      if (!java) {
        SourceReader.Content content = SourceReader.probe(file.file(), maxFileBytes);
        if (content != SourceReader.Content.TEXT) {
          return new NotText(content);
        }
      }
      source = SourceReader.read(file.file());
    } catch (IOException e) {
      return new NotRead(
          new UnreadableFile(
              file.displayPath(),
              "posthog-guard: cannot read " + file.displayPath() + ": " + IoErrors.describe(e)));
    }
    SourceFile sourceFile = new SourceFile(file.displayPath(), source.text());
    FileAnalysis analysis =
        masked(java ? analyzer.analyze(sourceFile) : configAnalyzer.analyze(sourceFile));
    Optional<Notice> notice =
        source.charset().equals(StandardCharsets.UTF_8)
            ? Optional.empty()
            : Optional.of(
                new Notice(
                    file.displayPath(),
                    "posthog-guard: note: "
                        + file.displayPath()
                        + ": not valid UTF-8; read as "
                        + source.charset().name()));
    return new Read(new ScannedFile(file, analysis), notice);
  }

  /**
   * Sorts the findings and masks their text once more. Rules mask keys themselves; this keeps a
   * rule that forgets from printing a key through this tool.
   */
  private static FileAnalysis masked(FileAnalysis analysis) {
    List<Finding> findings =
        analysis.findings().stream().map(ProjectScanner::masked).sorted(BY_POSITION).toList();
    return new FileAnalysis(
        analysis.file(), findings, analysis.problems().stream().map(KeyMask::redact).toList());
  }

  private static Finding masked(Finding finding) {
    List<SecondaryLocation> secondaries =
        finding.secondaryLocations().stream()
            .map(s -> new SecondaryLocation(s.range(), KeyMask.redact(s.message())))
            .toList();
    return new Finding(
        finding.ruleId(),
        finding.path(),
        finding.range(),
        KeyMask.redact(finding.message()),
        secondaries);
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "posthog-guard-scan-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
