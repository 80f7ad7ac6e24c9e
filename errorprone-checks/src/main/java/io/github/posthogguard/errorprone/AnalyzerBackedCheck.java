package io.github.posthogguard.errorprone;

import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.CompilationUnitTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.tools.javac.tree.JCTree;
import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.analyzer.SecondaryLocation;
import io.github.posthogguard.analyzer.SharedAnalysis;
import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.keys.KeyMask;
import io.github.posthogguard.options.GuardOptions;
import io.github.posthogguard.rules.Rules;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reports the shared analyzer's findings of one rule: the rule whose id is this check's name. The
 * checks of one compilation share each file's analysis, so a file is parsed once, whatever the
 * number of checks switched on. Nothing that goes wrong here fails the compilation.
 */
abstract class AnalyzerBackedCheck extends BugChecker implements CompilationUnitTreeMatcher {
  /** One shared analysis per set of options: in practice one per build. */
  private static final Map<FlowOptions, SharedAnalysis> ANALYSES = new ConcurrentHashMap<>();

  @Override
  public final Description matchCompilationUnit(CompilationUnitTree tree, VisitorState state) {
    try {
      FlowOptions options = optionsOf(state.errorProneOptions().getFlags());
      FileAnalysis analysis = analysisOf(tree, state, options);
      for (Finding finding : analysis.findingsOf(canonicalName())) {
        state.reportMatch(
            buildDescription(new FindingPosition((JCTree) tree, finding.range()))
                .setMessage(messageOf(finding))
                .build());
      }
    } catch (IOException | RuntimeException | LinkageError | StackOverflowError e) {
      warn(
          "posthog-guard: skipped "
              + tree.getSourceFile().getName()
              + " in check "
              + canonicalName()
              + ": "
              + KeyMask.redact(String.valueOf(e)));
    }
    return Description.NO_MATCH;
  }

  /**
   * The file's analysis with the compilation's other files, made ahead on a second thread when the
   * compilation's files could be listed, else the file's alone, here; in both cases once for all
   * checks.
   */
  private static FileAnalysis analysisOf(
      CompilationUnitTree tree, VisitorState state, FlowOptions options) throws IOException {
    SharedAnalysis shared =
        ANALYSES.computeIfAbsent(
            options, o -> new SharedAnalysis(Rules.analyzer(o), AnalyzerBackedCheck::warn));
    SourceFile source = sourceOf(tree);
    Optional<FileAnalysis> ahead;
    try {
      ahead =
          CompilationLookahead.of(
                  state.context, shared.analyzer(), options, AnalyzerBackedCheck::warn)
              .analysisOf(tree, source);
    } catch (RuntimeException | LinkageError e) {
      ahead = Optional.empty(); // javac internals out of reach (no --add-opens): analyze here
    }
    return ahead.orElseGet(() -> shared.analyze(source));
  }

  /** {@code -XepOpt:PostHogGuard:<key>=a,b} for each option of {@link GuardOptions}. */
  private static FlowOptions optionsOf(ErrorProneFlags flags) {
    Map<String, String> values = new HashMap<>();
    for (GuardOptions.Definition option : GuardOptions.DEFINITIONS) {
      flags
          .get(GuardOptions.ERROR_PRONE_NAMESPACE + ":" + option.key())
          .ifPresent(value -> values.put(option.key(), value));
    }
    return GuardOptions.parse(values);
  }

  private static SourceFile sourceOf(CompilationUnitTree tree) throws IOException {
    return new SourceFile(
        tree.getSourceFile().getName(), tree.getSourceFile().getCharContent(true).toString());
  }

  /**
   * On standard error, not as a javac warning: -Werror must not turn a skipped file into a failure.
   */
  private static void warn(String message) {
    System.err.println("warning: " + message);
  }

  /**
   * The finding's message, then each secondary location as {@code [line N: its message]} ({@code
   * [path line N: ...]} in another file): a javac diagnostic has a single position, and the line
   * where a key comes from is half the story.
   */
  static String messageOf(Finding finding) {
    StringBuilder message = new StringBuilder(finding.message());
    for (SecondaryLocation secondary : finding.secondaryLocations()) {
      message
          .append(" [")
          .append(secondary.inSameFile() ? "" : secondary.path() + " ")
          .append("line ")
          .append(secondary.range().beginLine())
          .append(": ")
          .append(secondary.message())
          .append(']');
    }
    return message.toString();
  }
}
