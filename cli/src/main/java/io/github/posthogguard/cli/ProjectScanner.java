package io.github.posthogguard.cli;

import io.github.posthogguard.analyzer.Analyzer;
import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.analyzer.SecondaryLocation;
import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.cli.ScanResult.Notice;
import io.github.posthogguard.cli.SourceCollector.Sources;
import io.github.posthogguard.keys.KeyMask;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Reads and analyzes the collected files on a pool of threads. Results are gathered in the
 * collection's order, so the output does not depend on the number of threads.
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
  private final int threads;

  public ProjectScanner(Analyzer analyzer, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.analyzer = analyzer;
    this.threads = threads;
  }

  public ScanResult scan(Sources sources) {
    List<Outcome> outcomes = threads == 1 ? scanHere(sources.files()) : scanOnPool(sources.files());
    List<FileAnalysis> analyzed = new ArrayList<>();
    List<Notice> unreadable = new ArrayList<>(sources.unreadable());
    List<Notice> notices = new ArrayList<>(sources.notices());
    for (Outcome outcome : outcomes) {
      if (outcome instanceof Read read) {
        analyzed.add(read.analysis());
        read.note().ifPresent(notices::add);
      } else if (outcome instanceof NotRead notRead) {
        unreadable.add(notRead.why());
      }
    }
    unreadable.sort(Comparator.comparing(Notice::path));
    notices.sort(Comparator.comparing(Notice::path));
    return new ScanResult(analyzed, unreadable, notices);
  }

  private sealed interface Outcome permits Read, NotRead {}

  /** A file's analysis, with a note when it was not read as UTF-8. */
  private record Read(FileAnalysis analysis, Optional<Notice> note) implements Outcome {}

  private record NotRead(Notice why) implements Outcome {}

  /** A file's text and the charset it was decoded with. */
  record Text(String text, Charset charset) {}

  private List<Outcome> scanHere(List<Path> files) {
    return files.stream().map(this::scanOne).toList();
  }

  private List<Outcome> scanOnPool(List<Path> files) {
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.max(1, Math.min(threads, files.size())), daemonThreads());
    try {
      List<Future<Outcome>> futures = new ArrayList<>(files.size());
      for (Path file : files) {
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

  private Outcome scanOne(Path file) {
    String path = SourceCollector.display(file);
    Text source;
    try {
      source = read(file);
    } catch (IOException e) {
      return new NotRead(Notice.cannotRead(path, e));
    }
    FileAnalysis analysis = masked(analyzer.analyze(new SourceFile(path, source.text())));
    Optional<Notice> note =
        source.charset().equals(StandardCharsets.UTF_8)
            ? Optional.empty()
            : Optional.of(Notice.note(path, "not valid UTF-8; read as " + source.charset().name()));
    return new Read(analysis, note);
  }

  /**
   * Reads a file as UTF-8, or as ISO-8859-1 when it is not valid UTF-8: every byte sequence decodes
   * in ISO-8859-1, and keys are ASCII, so a legacy file is still fully checked.
   */
  static Text read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      // Editors do not show a byte order mark; left in, it would shift the first line's columns.
      return new Text(text.startsWith("\uFEFF") ? text.substring(1) : text, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      return new Text(new String(bytes, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1);
    }
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
