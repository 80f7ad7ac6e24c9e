package io.github.posthogguard.cli;

import io.github.posthogguard.analyzer.Analyzer;
import io.github.posthogguard.analyzer.Limits;
import io.github.posthogguard.cli.ScanResult.Notice;
import io.github.posthogguard.config.ConfigAnalyzer;
import io.github.posthogguard.config.TextFiles;
import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.options.GuardOptions;
import io.github.posthogguard.rules.Rules;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code posthog-guard} command: collects the files under the paths ({@link SourceCollector}),
 * analyzes them ({@link ProjectScanner}) and writes the report; or explains the rules ({@link
 * RuleHelp}).
 */
@Command(
    name = Main.NAME,
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    subcommands = InstallHookCommand.class,
    parameterListHeading = "%nParameters:%n",
    optionListHeading = "%nOptions:%n",
    description = {
      "Scans the files under each PATH (a file, or a directory searched recursively,"
          + " following symbolic links but not their loops) with the PostHog Guard rules:"
          + " hard-coded PostHog secret keys and other ways of leaking them. Java files get the"
          + " full analysis; every other text file (.properties, YAML, JSON, .env, shell,"
          + " Dockerfile, XML, Gradle, Kotlin, TOML, Markdown, ...) is read in its format.",
      "Keys are never printed in full: messages show them masked (phx_...abcd)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      GuardCommand.NOTHING_FOUND + ":nothing found",
      GuardCommand.FOUND + ":at least one finding",
      GuardCommand.ERROR
          + ":a usage error (unknown option, a PATH that does not exist, ...), a path that"
          + " could not be read, a report that could not be written, or input that cannot be"
          + " used (a corrupt baseline, not a git repository, an unknown revision, ...)"
    },
    footerHeading = "%nNotes:%n",
    footer = {
      "A file that cannot be parsed, takes longer than --time-per-file, nests too deeply or"
          + " runs out of memory is reported once on stderr with its path and the reason,"
          + " skipped, and listed in the json and sarif reports; the other files are still"
          + " analyzed, and the skipped file does not by itself change the exit code from 0 or 1."
          + " So is a Java file larger than --max-parse-size, whose text is still scanned for"
          + " hard-coded keys.",
      "A file that cannot be read is reported on stderr; the others are still analyzed, and the"
          + " exit code is 2.",
      "Files are read as UTF-8; a file that is not valid UTF-8 is read as ISO-8859-1, with a"
          + " note on stderr.",
      "Binary files (a NUL byte in their first 8000 bytes) and files over --max-file-size are"
          + " not read; they are counted in the summary. So are the untracked files git ignores"
          + " (git ls-files --others --ignored --exclude-standard) unless --include-ignored: a"
          + " committed file is always scanned.",
      "json: 1-based lines and columns with the end column inclusive, 0-based char offsets with"
          + " the end exclusive. sarif: SARIF 2.1.0, URIs relative to %%SRCROOT%% (the source"
          + " root), end columns exclusive."
    })
public final class GuardCommand implements Callable<Integer> {
  static final int NOTHING_FOUND = 0;
  static final int FOUND = 1;

  /** A usage error, a path that could not be read, a report that could not be written, a bug. */
  static final int ERROR = 2;

  /** Blobs larger than this are not read by --history (generated files, dumps). */
  private static final long HISTORY_MAX_BLOB_BYTES = 10L * 1024 * 1024;

  enum Format {
    TEXT,
    JSON,
    SARIF
  }

  enum ColorWhen {
    AUTO,
    ALWAYS,
    NEVER
  }

  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description =
          "Files or directories to scan. With --staged, --since or --history: the git repository"
              + " is the one around the first PATH (default: the working directory), and only"
              + " changes under the PATHs are reported.")
  private List<Path> paths = new ArrayList<>();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "Report format: text (default, for people), json or sarif.")
  private Format format = Format.TEXT;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE instead of stdout.")
  private Path output;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      description =
          "Colour in the text report: auto (default: only when the report goes to a terminal"
              + " and NO_COLOR is not set), always or never.")
  private ColorWhen color = ColorWhen.AUTO;

  @Option(
      names = {"-t", "--threads"},
      paramLabel = "N",
      description =
          "Files analyzed in parallel; 1 for a single thread. Default: the number of"
              + " cores. The output does not depend on it.")
  private Integer threads;

  @Option(
      names = "--source-root",
      paramLabel = "DIR",
      description =
          "The directory SARIF URIs are relative to (%%SRCROOT%%). Default: the working"
              + " directory.")
  private Path sourceRoot;

  @Option(
      names = "--explain",
      paramLabel = "RULE",
      description = "Print the documentation of a rule and exit.")
  private String explain;

  @Option(
      names = "--option",
      paramLabel = "KEY=VALUE",
      description =
          "A team option, repeatable; the value is a comma-separated list. secretWords: words that"
              + " mark a name as a secret's; secretSources: methods whose result is a secret;"
              + " loggerTypes: fully qualified types whose every method logs; sanitizers: methods"
              + " whose result is safe to log. The same options as Error Prone's"
              + " -XepOpt:PostHogGuard:KEY and the Sonar rule parameters.")
  private Map<String, String> options = new LinkedHashMap<>();

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "A properties file of team options (KEY=VALUE lines); --option wins over it.")
  private Path config;

  @Option(
      names = "--exclude",
      paramLabel = "GLOB",
      description =
          "Leave out files and folders, repeatable: NAME/ is a folder at any depth, a glob"
              + " without / a file or folder name (*.min.js), any other glob a path relative to"
              + " the scanned folder (docs/**). Always left out: .git/ .hg/ .svn/ .gradle/ .idea/"
              + " node_modules/ target/ build/ and the result cache. A file named as a PATH is"
              + " always scanned.")
  private List<String> excludes = new ArrayList<>();

  @Option(
      names = "--include-ignored",
      description = "Also scan the untracked files git ignores (such as an ignored .env).")
  private boolean includeIgnored;

  @Option(
      names = "--max-file-size",
      paramLabel = "MB",
      description = "Files larger than this are not read. Default: 10.")
  private int maxFileMegabytes = (int) (TextFiles.DEFAULT_MAX_BYTES / (1024 * 1024));

  @Option(
      names = "--max-parse-size",
      paramLabel = "MB",
      description =
          "Java files larger than this are not parsed: their text is scanned for hard-coded keys"
              + " only, and a line on stderr says so. Default: 2.")
  private int maxParseMegabytes = (int) (Limits.DEFAULT_MAX_PARSED_CHARS / (1024 * 1024));

  @Option(
      names = "--time-per-file",
      paramLabel = "SECONDS",
      description =
          "The work on one file (parse and rules) stops after this many seconds of processor"
              + " time (a decimal number; at most three times as long on the clock when the"
              + " machine is busy): the file is reported as skipped, and the others are analyzed"
              + " as usual. Default: 5.")
  private double secondsPerFile = Limits.DEFAULT_TIME_PER_FILE.toSeconds();

  @Option(
      names = "--no-cache",
      description = "Analyze every file afresh, and neither read nor write the result cache.")
  private boolean noCache;

  @Option(
      names = "--cache-dir",
      paramLabel = "DIR",
      description =
          "Where the result cache is kept. Default: "
              + ResultCache.DEFAULT_FOLDER
              + " in the working directory. A Java file whose text, options and configuration"
              + " files did not change since the last run is not parsed again, with the same"
              + " findings; the folder holds one file, the last run's results, and a .gitignore"
              + " that keeps it out of git. Not used by --staged and --history.")
  private Path cacheDir;

  @Option(names = "--list-rules", description = "Print every rule id with its summary and exit.")
  private boolean listRules;

  @Mixin private PipelineOptions pipeline;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (listRules || explain != null) {
      return helpWithRules(out, err);
    }
    checkScanArguments();
    if (pipeline.isHistory()) {
      return history(out, err);
    }
    int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    List<String> excluded = new ArrayList<>(ExcludePatterns.DEFAULTS);
    excluded.addAll(excludes);
    ExcludePatterns exclude = new ExcludePatterns(excluded);
    long maxFileBytes = (long) maxFileMegabytes * 1024 * 1024;
    Analyzer analyzer = Rules.analyzer(teamOptions()).withLimits(limits());
    ProjectScanner scanner =
        new ProjectScanner(
            analyzer, teamOptions(), new ConfigAnalyzer(), threadCount, maxFileBytes);
    ResultCache cache = resultCache();
    if (cache != null) {
      scanner = scanner.remembering(cache, CacheSetting.of(teamOptions(), limits(), maxFileBytes));
    }
    ScanResult result =
        pipeline.triage(pipeline.scan(scanner, paths, found -> collected(found, exclude)), err);
    int exitCode = writeReport(result, out, err);
    tellProblems(result, err);
    return pipeline.writeBaseline != null && exitCode == FOUND ? NOTHING_FOUND : exitCode;
  }

  private int helpWithRules(PrintWriter out, PrintWriter err) {
    if (!paths.isEmpty()) {
      throw usageError("--list-rules and --explain take no PATH");
    }
    if (listRules && explain != null) {
      throw usageError("use --list-rules or --explain, not both");
    }
    RuleHelp help = new RuleHelp(Rules.all());
    if (listRules) {
      help.list(out);
      return NOTHING_FOUND;
    }
    return help.explain(explain, out, err);
  }

  private int history(PrintWriter out, PrintWriter err) {
    if (paths.size() > 1) {
      throw usageError("--history takes one PATH at most: a folder of the repository");
    }
    if (pipeline.baseline != null || pipeline.writeBaseline != null) {
      throw usageError("--history reports every key ever committed: no baseline");
    }
    HistoryScan.History history;
    try (GitRepository repository =
        GitRepository.around(paths.isEmpty() ? Path.of("") : paths.get(0))) {
      history = new HistoryScan(HISTORY_MAX_BLOB_BYTES).scan(repository, pipeline.historyRange());
    }
    Path root = sourceRoot == null ? Path.of("") : sourceRoot;
    try {
      writeTo(out, file -> HistoryReport.write(history, format, root, file));
    } catch (IOException e) {
      err.println(Main.NAME + ": cannot write " + output + ": " + Notice.reason(e));
      return ERROR;
    }
    return history.keys().isEmpty() ? NOTHING_FOUND : FOUND;
  }

  private void checkScanArguments() {
    if (paths.isEmpty() && !pipeline.usesGit()) {
      throw usageError("Missing required parameter: 'PATH'");
    }
    for (Path path : paths) {
      // A broken link exists as a name: the collector reports it as unreadable.
      if (!Files.exists(path) && !Files.isSymbolicLink(path)) {
        throw usageError("PATH does not exist: " + path);
      }
    }
    if (maxFileMegabytes < 1) {
      throw usageError("--max-file-size must be at least 1 (MB), not " + maxFileMegabytes);
    }
    if (maxParseMegabytes < 1) {
      throw usageError("--max-parse-size must be at least 1 (MB), not " + maxParseMegabytes);
    }
    if (!(secondsPerFile >= 0.001) || secondsPerFile > 86_400) {
      throw usageError("--time-per-file must be between 0.001 and 86400 (seconds)");
    }
    if (threads != null && threads < 1) {
      throw usageError("--threads must be at least 1, not " + threads);
    }
    if (noCache && cacheDir != null) {
      throw usageError("use --no-cache or --cache-dir, not both");
    }
  }

  private SourceCollector.Sources collected(List<Path> found, ExcludePatterns exclude) {
    long start = System.nanoTime();
    SourceCollector.Sources sources = SourceCollector.collect(found, exclude, includeIgnored);
    ResultCache.debug(
        sources.files().size()
            + " files collected in "
            + (System.nanoTime() - start) / 1_000_000
            + " ms, "
            + ManagementFactory.getRuntimeMXBean().getUptime()
            + " ms after the JVM started");
    return sources;
  }

  /**
   * The result cache, unless turned off. A pre-commit hook's {@code --staged} scan reads a few
   * files of the index: its results would only push a full scan's out of the cache.
   */
  private ResultCache resultCache() {
    if (noCache || pipeline.isStaged()) {
      return null;
    }
    return new ResultCache(cacheDir == null ? Path.of(ResultCache.DEFAULT_FOLDER) : cacheDir);
  }

  private Limits limits() {
    return new Limits(
        (long) maxParseMegabytes * 1024 * 1024,
        Duration.ofNanos(Math.round(secondsPerFile * 1_000_000_000)));
  }

  private int writeReport(ScanResult result, PrintWriter out, PrintWriter err) {
    try {
      writeTo(out, file -> writeReport(result, file));
    } catch (IOException e) {
      err.println(Main.NAME + ": cannot write " + output + ": " + Notice.reason(e));
      return ERROR;
    }
    return result.exitCode();
  }

  /** A report's writing, to stdout or to {@code --output}. */
  private interface ReportWriting {
    void writeTo(Writer out) throws IOException;
  }

  private void writeTo(PrintWriter out, ReportWriting report) throws IOException {
    if (output == null) {
      report.writeTo(out);
      out.flush();
      return;
    }
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer file = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      report.writeTo(file);
    }
  }

  private void writeReport(ScanResult result, Writer out) throws IOException {
    switch (format) {
      case TEXT -> new TextReport(ansi()).write(result, out);
      case JSON -> JsonReport.write(result, out);
      case SARIF ->
          new SarifReport(sourceRoot == null ? Path.of("") : sourceRoot).write(result, out);
    }
  }

  /** picocli's colour decision (a terminal, NO_COLOR, ...); never colour into a file. */
  private Ansi ansi() {
    return switch (color) {
      case ALWAYS -> Ansi.ON;
      case NEVER -> Ansi.OFF;
      case AUTO -> output == null ? Ansi.AUTO : Ansi.OFF;
    };
  }

  private static void tellProblems(ScanResult result, PrintWriter err) {
    result.notices().forEach(n -> err.println(n.message()));
    result.skippedFiles().forEach(f -> err.println(f.problem().orElseThrow()));
    result.unreadable().forEach(u -> err.println(u.message()));
    err.flush();
  }

  /**
   * The team's options from {@code --config FILE} (a properties file) and {@code --option
   * KEY=VALUE}, the latter winning; keys and meanings are {@link GuardOptions}', shared with every
   * surface.
   */
  private FlowOptions teamOptions() {
    Map<String, String> values = new LinkedHashMap<>();
    if (config != null) {
      Properties file = new Properties();
      try (Reader in = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
        file.load(in);
      } catch (IOException e) {
        throw usageError("cannot read --config " + config + ": " + e.getMessage());
      }
      file.stringPropertyNames().forEach(key -> values.put(key, file.getProperty(key)));
    }
    values.putAll(options);
    try {
      return GuardOptions.parse(values);
    } catch (IllegalArgumentException e) {
      throw usageError(e.getMessage());
    }
  }

  private ParameterException usageError(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
