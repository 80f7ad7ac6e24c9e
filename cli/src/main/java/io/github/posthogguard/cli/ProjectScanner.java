package io.github.posthogguard.cli;

import io.github.posthogguard.analyzer.Analyzer;
import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.analyzer.SecondaryLocation;
import io.github.posthogguard.cli.ScanResult.Notice;
import io.github.posthogguard.cli.SourceCollector.Sources;
import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.keys.KeyMask;
import io.github.posthogguard.project.ProjectAnalysis;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
  private final FlowOptions options;
  private final int threads;

  public ProjectScanner(Analyzer analyzer, FlowOptions options, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.analyzer = analyzer;
    this.options = options;
    this.threads = threads;
  }

  /**
   * Analyzes the files as one project ({@link ProjectAnalysis}): a file's findings may come from
   * what the others declare. Texts are read when needed, not kept.
   */
  public ScanResult scan(Sources sources) {
    return scan(
        sources.files().stream().map(FileSource::new).toList(),
        sources.unreadable(),
        sources.notices());
  }

  /**
   * Analyzes sources read from elsewhere (a git index, a commit) as one project, the same way;
   * {@code unreadable} and {@code notices} are passed on to the result.
   */
  public ScanResult scan(
      List<? extends ReadSource> files, List<Notice> unreadableBefore, List<Notice> noticesBefore) {
    ExecutorService pool =
        threads == 1
            ? null
            : Executors.newFixedThreadPool(
                Math.min(threads, Math.max(1, files.size())), daemonThreads());
    List<FileAnalysis> analyses;
    try {
      analyses = new ProjectAnalysis(analyzer, options).analyze(files, pool, null);
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    List<FileAnalysis> analyzed = new ArrayList<>();
    List<Notice> unreadable = new ArrayList<>(unreadableBefore);
    List<Notice> notices = new ArrayList<>(noticesBefore);
    for (int i = 0; i < files.size(); i++) {
      ReadSource file = files.get(i);
      if (file.error != null) {
        unreadable.add(Notice.cannotRead(file.path(), file.error));
        continue;
      }
      analyzed.add(masked(analyses.get(i)));
      if (file.charset != null && !file.charset.equals(StandardCharsets.UTF_8)) {
        notices.add(Notice.note(file.path(), "not valid UTF-8; read as " + file.charset.name()));
      }
    }
    unreadable.sort(Comparator.comparing(Notice::path));
    notices.sort(Comparator.comparing(Notice::path));
    return new ScanResult(analyzed, unreadable, notices);
  }

  /**
   * A file of the project, read on demand from wherever it is; remembers how it was decoded, or why
   * it could not be read.
   */
  public abstract static class ReadSource implements ProjectAnalysis.Source {
    private final String path;
    private volatile Charset charset;
    private volatile IOException error;

    protected ReadSource(String path) {
      this.path = path;
    }

    /** The file's bytes, as stored. */
    protected abstract byte[] bytes() throws IOException;

    @Override
    public final String path() {
      return path;
    }

    @Override
    public final String text() throws IOException {
      try {
        Text text = decode(bytes());
        charset = text.charset();
        return text.text();
      } catch (IOException e) {
        error = e;
        throw e;
      }
    }
  }

  /** A collected file of the file system. */
  private static final class FileSource extends ReadSource {
    private final Path file;

    FileSource(Path file) {
      super(SourceCollector.display(file));
      this.file = file;
    }

    @Override
    protected byte[] bytes() throws IOException {
      return Files.readAllBytes(file);
    }
  }

  /** A file's text and the charset it was decoded with. */
  record Text(String text, Charset charset) {}

  /**
   * Reads a file as UTF-8, or as ISO-8859-1 when it is not valid UTF-8: every byte sequence decodes
   * in ISO-8859-1, and keys are ASCII, so a legacy file is still fully checked.
   */
  static Text read(Path file) throws IOException {
    return decode(Files.readAllBytes(file));
  }

  /** Decodes as {@link #read} does. */
  static Text decode(byte[] bytes) {
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
            .map(s -> new SecondaryLocation(s.range(), KeyMask.redact(s.message()), s.path()))
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
