package io.github.posthogguard.analyzer;

import com.github.javaparser.ParseResult;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.comments.Comment;
import io.github.posthogguard.keys.KeyMask;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The shared analyzer: parses a file once, runs every rule on it, and drops suppressed findings. It
 * never throws for a file: a file it cannot parse or analyze comes back skipped, with the path and
 * the cause.
 */
public final class Analyzer {
  private static final Comparator<Finding> BY_POSITION =
      Comparator.comparingInt((Finding f) -> f.range().beginOffset())
          .thenComparing(Finding::ruleId)
          .thenComparingInt(f -> f.range().endOffset());

  private final List<Rule> rules;
  private final boolean prefilter;

  /** An analyzer that parses a file only when its text holds what some rule needs to report. */
  public Analyzer(List<Rule> rules) {
    this(rules, true);
  }

  private Analyzer(List<Rule> rules, boolean prefilter) {
    this.rules = List.copyOf(rules);
    this.prefilter = prefilter;
  }

  /** The same rules run on every file, parsed whatever its text: what the prefilter is held to. */
  public Analyzer withoutPrefilter() {
    return new Analyzer(rules, false);
  }

  public List<Rule> rules() {
    return rules;
  }

  /** Whether the analysis of {@code source} parses it: some rule may report in its text. */
  public boolean parses(SourceFile source) {
    return !rulesFor(source).isEmpty();
  }

  public FileAnalysis analyze(SourceFile source) {
    try {
      List<Rule> interested = rulesFor(source);
      if (interested.isEmpty()) {
        return FileAnalysis.of(source, List.of());
      }
      ParseResult<CompilationUnit> parsed = JavaParsers.forThisThread().parse(source.text());
      if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
        return FileAnalysis.skipped(source, skipMessage(source, parseProblem(parsed)));
      }
      List<Comment> comments =
          parsed.getCommentsCollection().map(c -> List.copyOf(c.getComments())).orElse(List.of());
      JavaFile file = new JavaFile(source, parsed.getResult().get(), comments);
      List<Finding> findings = new ArrayList<>();
      for (Rule rule : interested) {
        rule.check(new RuleContext(file, rule.id(), findings));
      }
      if (!findings.isEmpty()) {
        Suppressions suppressions = Suppressions.of(file);
        findings.removeIf(suppressions::suppresses);
        findings.sort(BY_POSITION);
      }
      return FileAnalysis.of(source, findings);
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      return FileAnalysis.skipped(source, skipMessage(source, "analysis failed: " + e));
    }
  }

  private List<Rule> rulesFor(SourceFile source) {
    if (!prefilter) {
      return rules;
    }
    TextClues clues = new TextClues(source.text());
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

  private static String skipMessage(SourceFile source, String cause) {
    return KeyMask.redact("posthog-guard: skipped " + source.path() + ": " + cause);
  }
}
