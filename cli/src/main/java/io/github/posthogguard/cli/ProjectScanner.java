package io.github.posthogguard.cli;

import io.github.posthogguard.analyzer.Analyzer;
import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.FileBudget;
import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.cli.ScanResult.Notice;
import io.github.posthogguard.cli.SourceCollector.Sources;
import io.github.posthogguard.config.ConfigAnalyzer;
import io.github.posthogguard.config.ConfigFile;
import io.github.posthogguard.config.ConfigIndex;
import io.github.posthogguard.config.TextFiles;
import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.keys.KeyMask;
import io.github.posthogguard.project.ProjectAnalysis;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads and analyzes the collected files on a pool of threads: the {@code .java} files as one
 * project, every other text file with the config-file rules ({@link ConfigAnalyzer}); binary files
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
  private final FlowOptions options;
  private final ConfigAnalyzer configAnalyzer;
  private final int threads;
  private final long maxFileBytes;
  private final ResultCache cache;
  private final byte[] setting;

  public ProjectScanner(Analyzer analyzer, FlowOptions options, int threads) {
    this(analyzer, options, new ConfigAnalyzer(), threads, TextFiles.DEFAULT_MAX_BYTES);
  }

  public ProjectScanner(
      Analyzer analyzer,
      FlowOptions options,
      ConfigAnalyzer configAnalyzer,
      int threads,
      long maxFileBytes) {
    this(analyzer, options, configAnalyzer, threads, maxFileBytes, null, null);
  }

  private ProjectScanner(
      Analyzer analyzer,
      FlowOptions options,
      ConfigAnalyzer configAnalyzer,
      int threads,
      long maxFileBytes,
      ResultCache cache,
      byte[] setting) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.analyzer = analyzer;
    this.options = options;
    this.configAnalyzer = configAnalyzer;
    this.threads = threads;
    this.maxFileBytes = maxFileBytes;
    this.cache = cache;
    this.setting = setting;
  }

  /**
   * The same scanner, which keeps the Java analysis' results in {@code results} and takes them from
   * there for the files that did not change; {@code setting} is {@link CacheSetting#of} for the
   * analyzer's options and limits. Same findings as without it.
   */
  public ProjectScanner remembering(ResultCache results, byte[] setting) {
    return new ProjectScanner(
        analyzer, options, configAnalyzer, threads, maxFileBytes, results, setting.clone());
  }

  /**
   * Analyzes the files as one project ({@link ProjectAnalysis}): a file's findings may come from
   * what the others declare. Texts are read when needed, not kept.
   */
  public ScanResult scan(Sources sources) {
    return scan(
        sources.files().stream().map(FileSource::new).toList(),
        sources.unreadable(),
        sources.notices(),
        sources.ignoredByGit());
  }

  /**
   * Analyzes files read from elsewhere (a git index) as one project, the same way; {@code
   * unreadable} and {@code notices} are passed on to the result.
   */
  public ScanResult scan(
      List<? extends ReadSource> files, List<Notice> unreadableBefore, List<Notice> noticesBefore) {
    return scan(files, unreadableBefore, noticesBefore, 0);
  }

  private ScanResult scan(
      List<? extends ReadSource> all,
      List<Notice> unreadableBefore,
      List<Notice> noticesBefore,
      int ignoredByGit) {
    List<ReadSource> javaFiles = new ArrayList<>();
    List<ReadSource> textFiles = new ArrayList<>();
    for (ReadSource file : all) {
      if (ConfigAnalyzer.reads(file.path())) {
        textFiles.add(file);
      } else {
        file.readAtMost(maxFileBytes);
        javaFiles.add(file);
      }
    }
    ExecutorService pool =
        threads == 1
            ? null
            : Executors.newFixedThreadPool(
                Math.min(threads, Math.max(1, all.size())), daemonThreads());
    List<FileAnalysis> javaAnalyses;
    List<TextOutcome> textOutcomes;
    List<Notice> notices = new ArrayList<>(noticesBefore);
    try {
      // the configuration first: Java code that reads a value learns what the files write there
      long scanning = System.nanoTime();
      textOutcomes = scanText(textFiles, pool);
      ResultCache.debug(
          "other text files: "
              + textFiles.size()
              + " in "
              + (System.nanoTime() - scanning) / 1_000_000
              + " ms");
      List<ConfigFile> configFiles =
          textOutcomes.stream().map(TextOutcome::config).filter(Objects::nonNull).toList();
      ProjectAnalysis analysis =
          new ProjectAnalysis(analyzer, options, ConfigIndex.of(configFiles))
              .keepingTexts(ProjectScanner::quotedByReports)
              .beforeParsing(threads > 1 ? () -> WarmUp.start(analyzer, options) : () -> {});
      long opening = System.nanoTime();
      ResultCache.Run kept =
          cache == null || javaFiles.isEmpty()
              ? null
              : cache.open(CacheSetting.withConfig(setting, configFiles));
      ResultCache.debug(
          "result cache read in " + (System.nanoTime() - opening) / 1_000_000 + " ms");
      javaAnalyses =
          (kept == null ? analysis : analysis.remembering(kept)).analyze(javaFiles, pool, null);
      if (kept != null) {
        long closing = System.nanoTime();
        kept.close()
            .ifPresent(
                problem ->
                    notices.add(Notice.note(SourceCollector.display(cache.folder()), problem)));
        ResultCache.debug(
            "result cache written in " + (System.nanoTime() - closing) / 1_000_000 + " ms");
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    List<FileAnalysis> analyzed = new ArrayList<>();
    List<Notice> unreadable = new ArrayList<>(unreadableBefore);
    int binary = 0;
    int tooLarge = 0;
    int nextJava = 0;
    int nextText = 0;
    for (ReadSource file : all) {
      String path = file.path();
      Charset charset;
      IOException error;
      if (ConfigAnalyzer.reads(path)) {
        TextOutcome outcome = textOutcomes.get(nextText++);
        if (outcome.content() == Content.BINARY) {
          binary++;
          continue;
        }
        if (outcome.content() == Content.TOO_LARGE) {
          tooLarge++;
          continue;
        }
        charset = outcome.charset();
        error = outcome.error();
        if (error == null) {
          analyzed.add(masked(outcome.analysis()));
        }
      } else {
        ReadSource source = javaFiles.get(nextJava);
        FileAnalysis analysis = javaAnalyses.get(nextJava++);
        if (source.content == Content.TOO_LARGE) {
          tooLarge++;
          continue;
        }
        if (source.content == Content.BINARY) {
          binary++;
          continue;
        }
        charset = source.charset;
        error = source.error;
        if (error == null) {
          analyzed.add(masked(analysis));
        }
      }
      if (error != null) {
        unreadable.add(Notice.cannotRead(path, error));
      } else if (charset != null && !charset.equals(StandardCharsets.UTF_8)) {
        notices.add(Notice.note(path, "not valid UTF-8; read as " + charset.name()));
      }
    }
    unreadable.sort(Comparator.comparing(Notice::path));
    notices.sort(Comparator.comparing(Notice::path));
    return new ScanResult(
        analyzed,
        unreadable,
        notices,
        new ScanResult.NotScanned(binary, tooLarge, maxFileBytes, ignoredByGit));
  }

  /** What a file is, as far as scanning goes: told from its size and first bytes only. */
  public enum Content {
    TEXT,
    BINARY,
    TOO_LARGE
  }

  /**
   * A file other than Java: its analysis and, if Java code may read something of it, its entries;
   * or why it was not read.
   */
  private record TextOutcome(
      Content content,
      FileAnalysis analysis,
      ConfigFile config,
      Charset charset,
      IOException error) {}

  private List<TextOutcome> scanText(List<ReadSource> files, ExecutorService pool) {
    if (pool == null) {
      return files.stream().map(this::scanText).toList();
    }
    List<Future<TextOutcome>> futures = new ArrayList<>(files.size());
    for (ReadSource file : files) {
      futures.add(pool.submit(() -> scanText(file)));
    }
    List<TextOutcome> outcomes = new ArrayList<>(files.size());
    try {
      for (Future<TextOutcome> future : futures) {
        outcomes.add(future.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while scanning", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("scanning failed", e.getCause());
    }
    return outcomes;
  }

  /**
   * A file other than Java, read and analyzed within the analyzer's budget: whatever happens in one
   * file (a reader that loops, recurses or runs out of memory) is that file's problem only.
   */
  private TextOutcome scanText(ReadSource file) {
    FileBudget.Outcome<TextOutcome> outcome = analyzer.budget().run(() -> scanTextUnbounded(file));
    if (outcome instanceof FileBudget.Outcome.Done<TextOutcome> done) {
      return done.value();
    }
    FileAnalysis skipped =
        FileAnalysis.skipped(
            new SourceFile(file.path(), ""),
            KeyMask.redact("posthog-guard: skipped " + file.path() + ": " + outcome.reason()));
    return new TextOutcome(Content.TEXT, skipped, null, StandardCharsets.UTF_8, null);
  }

  private TextOutcome scanTextUnbounded(ReadSource file) {
    try {
      Content content = file.probe(maxFileBytes);
      if (content != Content.TEXT) {
        return new TextOutcome(content, null, null, null, null);
      }
      Text text = decode(file.bytes());
      SourceFile source = new SourceFile(file.path(), text.text());
      FileAnalysis analysis = configAnalyzer.analyze(source);
      ConfigFile config = ConfigIndex.mayTell(source) ? ConfigFile.read(source) : null;
      if (analysis.findings().isEmpty() && !quotedByReports(text.text())) {
        analysis =
            new FileAnalysis(new SourceFile(source.path(), ""), List.of(), analysis.problems());
      }
      return new TextOutcome(Content.TEXT, analysis, config, text.charset(), null);
    } catch (IOException e) {
      return new TextOutcome(Content.TEXT, null, null, null, e);
    }
  }

  /**
   * Whether the reports need the file's text though it has no findings: its allow comments may be
   * unused ({@code --report-unused-ignores}). Other texts are dropped once read: a scan keeps the
   * texts of the files it reports on, not of the whole tree.
   */
  private static boolean quotedByReports(String text) {
    return text.contains(InlineAllow.MARKER);
  }

  /** Whether a file is text to read: its size, then its first bytes (never the whole file). */
  static Content probe(Path file, long maxBytes) throws IOException {
    if (Files.size(file) > maxBytes) {
      return Content.TOO_LARGE;
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(TextFiles.PROBE_BYTES);
      return TextFiles.looksBinary(head, head.length) ? Content.BINARY : Content.TEXT;
    }
  }

  /**
   * A file of the project, read on demand from wherever it is (the file system, a git index);
   * remembers how it was decoded, or why it could not be read.
   */
  public abstract static class ReadSource implements ProjectAnalysis.Source {
    private final String path;
    private volatile long maxBytes = Long.MAX_VALUE;
    private volatile Charset charset;
    private volatile IOException error;
    private volatile Content content = Content.TEXT;

    protected ReadSource(String path) {
      this.path = path;
    }

    /** Files larger than this, and binary files, are counted rather than read (Java files too). */
    final void readAtMost(long bytes) {
      this.maxBytes = bytes;
    }

    /** The file's bytes, as stored. */
    protected abstract byte[] bytes() throws IOException;

    /** Whether the file is text to read, told from its size and first bytes. */
    protected abstract Content probe(long maxBytes) throws IOException;

    @Override
    public final String path() {
      return path;
    }

    /** How the text was read: its content, and 1 for text read as ISO-8859-1 (not UTF-8). */
    @Override
    public final byte readNote() {
      return (byte)
          (content.ordinal() << 1 | (StandardCharsets.ISO_8859_1.equals(charset) ? 1 : 0));
    }

    @Override
    public final void recallReadNote(byte note) {
      content = Content.values()[(note >> 1) % Content.values().length];
      charset =
          content != Content.TEXT
              ? null
              : (note & 1) == 1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
    }

    /** The text; an empty one for a binary file or one over the size limit: counted, not read. */
    @Override
    public final String text() throws IOException {
      try {
        if (maxBytes != Long.MAX_VALUE) {
          content = probe(maxBytes);
          if (content != Content.TEXT) {
            return "";
          }
        }
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

    @Override
    protected Content probe(long maxBytes) throws IOException {
      return ProjectScanner.probe(file, maxBytes);
    }

    /**
     * Size, modification time and file identity, as git's index keeps them; none for a file changed
     * in the last seconds, which a later change may leave with the same time (git's "racy" files).
     */
    @Override
    public byte[] stamp() {
      try {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        Instant modified = attributes.lastModifiedTime().toInstant();
        if (modified.isAfter(Instant.now().minus(RACY))) {
          return null;
        }
        byte[] identity = String.valueOf(attributes.fileKey()).getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(20 + identity.length)
            .putLong(attributes.size())
            .putLong(modified.getEpochSecond())
            .putInt(modified.getNano())
            .put(identity)
            .array();
      } catch (IOException | RuntimeException e) {
        return null;
      }
    }
  }

  /** How recent a change may be, for the file's stamp not to be trusted. */
  private static final Duration RACY = Duration.ofSeconds(2);

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
    // The JDK's own decoding is many times faster than a decoder's; it replaces a malformed
    // sequence with U+FFFD, so a text without one was valid UTF-8 (and decodes the same way).
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return new Text(fast.startsWith("\uFEFF") ? fast.substring(1) : fast, StandardCharsets.UTF_8);
    }
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
   * The findings in file order, and the problems masked (a finding masks its own messages when it
   * is made).
   */
  private static FileAnalysis masked(FileAnalysis analysis) {
    List<Finding> findings = analysis.findings().stream().sorted(BY_POSITION).toList();
    return new FileAnalysis(
        analysis.file(), findings, analysis.problems().stream().map(KeyMask::redact).toList());
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "posthog-guard-scan-" + count.incrementAndGet());
      thread.setDaemon(true);
      // a pool thread whose own bookkeeping finds no memory is replaced, its task kept: each
      // file's failure is reported with the file
      thread.setUncaughtExceptionHandler(ProjectScanner::quietOnOutOfMemory);
      return thread;
    };
  }

  private static void quietOnOutOfMemory(Thread thread, Throwable e) {
    if (!(e instanceof OutOfMemoryError)) {
      System.err.println(
          "posthog-guard: " + thread.getName() + " stopped: " + KeyMask.redact(String.valueOf(e)));
    }
  }
}
