package io.github.posthogguard.analyzer;

import com.github.javaparser.ParseResult;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.comments.Comment;
import io.github.posthogguard.keys.KeyMask;
import io.github.posthogguard.project.ProjectView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The shared analyzer: parses a file once, runs every interested rule on it, and drops suppressed
 * findings. It never throws for a file: a file it cannot parse comes back skipped with the path and
 * the cause; a rule that fails on a file loses its own findings there, named once with the rule and
 * the path, and the other rules' findings stay.
 */
public final class Analyzer {
  private static final Comparator<Finding> BY_POSITION =
      Comparator.comparingInt((Finding f) -> f.range().beginOffset())
          .thenComparing(Finding::ruleId)
          .thenComparingInt(f -> f.range().endOffset());

  private final List<Rule> rules;
  private final boolean prefilter;
  private final FileBudget budget;

  /**
   * An analyzer that parses a file only when its text holds what some rule needs to report, within
   * the default {@link Limits} (or those the system properties set).
   */
  public Analyzer(List<Rule> rules) {
    this(rules, true, new FileBudget(Limits.fromSystemProperties()));
  }

  private Analyzer(List<Rule> rules, boolean prefilter, FileBudget budget) {
    this.rules = List.copyOf(rules);
    this.prefilter = prefilter;
    this.budget = budget;
  }

  /** The same rules run on every file, parsed whatever its text: what the prefilter is held to. */
  public Analyzer withoutPrefilter() {
    return new Analyzer(rules, false, budget);
  }

  /** The same rules within other limits. */
  public Analyzer withLimits(Limits limits) {
    return new Analyzer(rules, prefilter, new FileBudget(limits));
  }

  public Limits limits() {
    return budget.limits();
  }

  /** Runs work on one file within this analyzer's limits: time, and a stack deep code needs. */
  public FileBudget budget() {
    return budget;
  }

  public List<Rule> rules() {
    return rules;
  }

  /** Whether the analysis of {@code source} parses it: some rule may report in its text. */
  public boolean parses(SourceFile source) {
    return !rulesFor(TextClues.ofJavaSource(source.text())).isEmpty();
  }

  /** The file analyzed alone: what it shows by itself. */
  public FileAnalysis analyze(SourceFile source) {
    return analyze(source, ProjectView.NONE);
  }

  /** The file analyzed with what its project tells of other files. */
  public FileAnalysis analyze(SourceFile source, ProjectView project) {
    return analyze(source, project, rulesFor(TextClues.ofJavaSource(source.text())));
  }

  /** The file analyzed by the given rules only (a project may ask more of a file than its text). */
  public FileAnalysis analyze(SourceFile source, ProjectView project, List<Rule> interested) {
    if (interested.isEmpty()) {
      return FileAnalysis.of(source, List.of(), List.of());
    }
    if (isTooLarge(source)) {
      return textScan(source, interested);
    }
    FileBudget.Outcome<FileAnalysis> outcome =
        budget.run(
            () -> {
              ParsedFile parsed = parse(source, project);
              return parsed.problem() != null
                  ? FileAnalysis.skipped(source, parsed.problem())
                  : run(parsed.file(), interested);
            },
            source.text().length());
    return outcome instanceof FileBudget.Outcome.Done<FileAnalysis> done
        ? done.value()
        : FileAnalysis.skipped(source, skipMessage(source, outcome.reason()));
  }

  /**
   * Whether the file is too large to parse within the limits, or in this JVM's heap: its text is
   * scanned instead.
   */
  public boolean isTooLarge(SourceFile source) {
    int chars = source.text().length();
    return chars > budget.limits().maxParsedChars() || !budget.fitsHeap(chars);
  }

  /**
   * What the rules find in a file's text without parsing it ({@link Rule#checkText}), with one
   * problem that says why the file was not parsed.
   */
  public FileAnalysis textScan(SourceFile source, List<Rule> interested) {
    List<Finding> findings = new ArrayList<>();
    LineMap lines = new LineMap(source.text());
    for (Rule rule : interested) {
      rule.checkText(source, lines, findings);
    }
    findings.sort(BY_POSITION);
    int chars = source.text().length();
    String why =
        chars > budget.limits().maxParsedChars()
            ? "larger than " + budget.limits().maxParsedText() + " (" + Limits.size(chars) + ")"
            : "its parse would need about "
                + HeapGate.needed(chars)
                + " of heap, more than the JVM has (give it more: -Xmx, or"
                + " POSTHOG_GUARD_JAVA_OPTS for the command line)";
    String problem =
        KeyMask.redact(
            "posthog-guard: not parsed "
                + source.path()
                + ": "
                + why
                + "; only its text was scanned for hard-coded keys");
    return FileAnalysis.of(source, findings, List.of(problem));
  }

  /** A file parsed for these rules, or why it could not be. */
  public record ParsedFile(JavaFile file, String problem) {}

  /** Parses a file once, for the rules and for its project's summary. */
  public ParsedFile parse(SourceFile source, ProjectView project) {
    ParseResult<CompilationUnit> parsed = JavaParsers.parse(source.text());
    if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
      return new ParsedFile(null, skipMessage(source, parseProblem(parsed)));
    }
    List<Comment> comments =
        parsed.getCommentsCollection().map(c -> List.copyOf(c.getComments())).orElse(List.of());
    return new ParsedFile(new JavaFile(source, parsed.getResult().get(), comments, project), null);
  }

  /** Runs rules on a parsed file, each on its own: a rule that fails loses only its findings. */
  public FileAnalysis run(JavaFile file, List<Rule> interested) {
    List<Finding> findings = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Rule rule : interested) {
      Deadline.check();
      List<Finding> own = new ArrayList<>();
      try {
        rule.check(new RuleContext(file, rule.id(), own));
        findings.addAll(own);
      } catch (RuntimeException | LinkageError | StackOverflowError e) {
        problems.add(
            skipMessage(
                file.source(), "rule " + rule.id() + " failed, its findings are lost: " + e));
      }
    }
    if (!findings.isEmpty()) {
      try {
        Suppressions suppressions = Suppressions.of(file);
        findings.removeIf(suppressions::suppresses);
      } catch (RuntimeException | StackOverflowError e) {
        return FileAnalysis.skipped(
            file.source(), skipMessage(file.source(), "analysis failed: " + e));
      }
      findings.sort(BY_POSITION);
    }
    return FileAnalysis.of(file.source(), findings, problems);
  }

  /** The rules whose prefilter passes on this text. */
  public List<Rule> rulesFor(TextClues clues) {
    if (!prefilter) {
      return rules;
    }
    List<Rule> interested = new ArrayList<>(rules.size());
    for (Rule rule : rules) {
      if (rule.mayReport(clues)) {
        interested.add(rule);
      }
    }
    return interested;
  }

  private static String parseProblem(ParseResult<CompilationUnit> parsed) {
    if (parsed.getProblems().isEmpty()) {
      return "could not parse it";
    }
    Problem problem = parsed.getProblems().get(0);
    String where =
        problem
            .getLocation()
            .flatMap(tokens -> tokens.getBegin().getRange())
            .map(r -> "line " + r.begin.line + ", column " + r.begin.column + ": ")
            .orElse("");
    String message = problem.getMessage().lines().findFirst().orElse("").strip();
    return "could not parse it (" + where + message + ")";
  }

  static String skipMessage(SourceFile source, String cause) {
    return KeyMask.redact("posthog-guard: skipped " + source.path() + ": " + cause);
  }
}
