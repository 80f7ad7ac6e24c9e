package io.github.posthogguard.sonar.checks;

import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.analyzer.SharedAnalysis;
import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.keys.KeyMask;
import io.github.posthogguard.rules.Rules;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sonar.check.Rule;
import org.sonar.plugins.java.api.JavaFileScanner;
import org.sonar.plugins.java.api.JavaFileScannerContext;

/**
 * What every PostHog Guard check does: hand the file's text to the shared analyzer and report the
 * findings of its own rule, each at its exact range. A rule's check only adds its {@code @Rule(key
 * = "<RuleId>")} annotation, the key being the analyzer's rule id.
 *
 * <p>A file the analyzer skips, or any failure while checking a file, never fails the analysis: the
 * file gets no issue and one WARN line names it.
 */
public abstract class PostHogGuardCheck implements JavaFileScanner {
  private static final Logger LOG = LoggerFactory.getLogger(PostHogGuardCheck.class);

  // sonar-java makes one instance per rule, and again for test files: sharing one analysis per set
  // of options lets them all take a single parse of each file (two where a rule's parameters are
  // set).
  private static final Map<FlowOptions, SharedAnalysis> SHARED = new ConcurrentHashMap<>();

  private final String ruleKey;
  private final SharedAnalysis analysis;
  private ModuleProject project;

  protected PostHogGuardCheck() {
    this(null);
  }

  /**
   * For checks that bring their own analyzer, such as tests of the failure paths; null to share.
   */
  protected PostHogGuardCheck(SharedAnalysis analysis) {
    this.ruleKey = ruleKeyOf(getClass());
    this.analysis = analysis;
  }

  /** The key of a check class's {@code @Rule} annotation, which is the analyzer's rule id. */
  public static String ruleKeyOf(Class<?> checkClass) {
    Rule rule = checkClass.getAnnotation(Rule.class);
    if (rule == null || rule.key().isEmpty()) {
      throw new IllegalStateException(checkClass.getName() + " lacks @Rule(key = \"<RuleId>\")");
    }
    return rule.key();
  }

  /** The team's options this check's rule parameters set; none by default. */
  protected FlowOptions options() {
    return FlowOptions.NONE;
  }

  public final String ruleKey() {
    return ruleKey;
  }

  /**
   * Lets this check see the module's other files; without, it analyzes each file alone. The
   * registrar calls it once, before sonar-java runs the check.
   */
  public final PostHogGuardCheck inProject(ModuleProject moduleProject) {
    this.project = moduleProject;
    return this;
  }

  @Override
  public final void scanFile(JavaFileScannerContext context) {
    String path = ModuleProject.pathOf(context.getInputFile());
    try {
      SourceFile file = new SourceFile(path, context.getFileContent());
      List<Finding> findings = analysisOf(file).findingsOf(ruleKey);
      if (!findings.isEmpty()) {
        new FindingReporter(this, context).reportAll(findings);
      }
    } catch (RuntimeException | StackOverflowError e) {
      LOG.warn(KeyMask.redact("posthog-guard: " + ruleKey + " skipped " + path + ": " + e));
    }
  }

  /** The file's analysis with the module when this check has one, else alone; shared by checks. */
  private FileAnalysis analysisOf(SourceFile file) {
    Optional<FileAnalysis> withProject =
        project == null
            ? Optional.empty()
            : project.analysisOf(options(), file.path(), file.text());
    return withProject.orElseGet(
        () -> {
          SharedAnalysis shared =
              analysis != null
                  ? analysis
                  : SHARED.computeIfAbsent(
                      options(), o -> new SharedAnalysis(Rules.analyzer(o), LOG::warn));
          return shared.analyze(file);
        });
  }
}
