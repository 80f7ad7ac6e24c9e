package io.github.posthogguard.sonar;

import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.analyzer.TextRange;
import io.github.posthogguard.config.ConfigAnalyzer;
import io.github.posthogguard.config.TextFiles;
import io.github.posthogguard.keys.KeyMask;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sonar.api.batch.fs.FilePredicates;
import org.sonar.api.batch.fs.FileSystem;
import org.sonar.api.batch.fs.InputFile;
import org.sonar.api.batch.sensor.Sensor;
import org.sonar.api.batch.sensor.SensorContext;
import org.sonar.api.batch.sensor.SensorDescriptor;
import org.sonar.api.batch.sensor.issue.NewIssue;
import org.sonar.api.batch.sensor.issue.NewIssueLocation;
import org.sonar.api.rule.RuleKey;

/**
 * The rules that read files other than Java ({@link ConfigAnalyzer}: {@code .properties}, YAML,
 * {@code .env}, XML, Gradle, Kotlin, TOML, any text) over the module's indexed non-Java files, on
 * SonarQube only: SonarQube for IDE runs no third-party sensor, and Java files are the Java
 * analyzer's. Binary and oversized files are skipped; a file that fails is named once in the log
 * and the others are still analyzed.
 */
public final class PostHogGuardConfigSensor implements Sensor {
  private static final Logger LOG = LoggerFactory.getLogger(PostHogGuardConfigSensor.class);

  @Override
  public void describe(SensorDescriptor descriptor) {
    descriptor
        .name("PostHog Guard config files")
        .createIssuesForRuleRepository(PostHogGuardRulesDefinition.REPOSITORY_KEY);
  }

  @Override
  public void execute(SensorContext context) {
    List<String> active = new ArrayList<>();
    for (String ruleId : ConfigAnalyzer.RULE_IDS) {
      if (context.activeRules().find(ruleKey(ruleId)) != null) {
        active.add(ruleId);
      }
    }
    if (active.isEmpty()) {
      return;
    }
    ConfigAnalyzer analyzer = new ConfigAnalyzer(active);
    FileSystem fs = context.fileSystem();
    FilePredicates p = fs.predicates();
    int analyzed = 0;
    int skipped = 0;
    for (InputFile file : fs.inputFiles(p.not(p.hasLanguage("java")))) {
      if (context.isCancelled()) {
        return;
      }
      if (!isText(file)) {
        skipped++;
        continue;
      }
      analyzed++;
      String path = relativePath(fs, file);
      LOG.debug("PostHog Guard reads {} (language {}, {})", path, file.language(), file.type());
      analyze(context, analyzer, file, path);
    }
    LOG.info(
        "PostHog Guard: {} non-Java files analyzed, {} binary or larger than {} MB skipped",
        analyzed,
        skipped,
        TextFiles.DEFAULT_MAX_BYTES / (1024 * 1024));
  }

  private static void analyze(
      SensorContext context, ConfigAnalyzer analyzer, InputFile file, String path) {
    try {
      FileAnalysis analysis = analyzer.analyze(new SourceFile(path, file.contents()));
      analysis.problem().ifPresent(problem -> LOG.warn(problem));
      for (Finding finding : analysis.findings()) {
        NewIssue issue = context.newIssue().forRule(ruleKey(finding.ruleId()));
        NewIssueLocation location = issue.newLocation().on(file).message(finding.message());
        issue.at(at(location, file, finding.range())).save();
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn(KeyMask.redact("posthog-guard: skipped " + path + ": " + e));
    }
  }

  /** The finding's range; its line alone when the file's text as Sonar reads it disagrees. */
  private static NewIssueLocation at(NewIssueLocation location, InputFile file, TextRange range) {
    try {
      return location.at(
          file.newRange(
              range.beginLine(), range.beginColumn() - 1, range.endLine(), range.endColumn()));
    } catch (IllegalArgumentException e) {
      return location.at(file.selectLine(Math.min(range.beginLine(), file.lines())));
    }
  }

  private static boolean isText(InputFile file) {
    try {
      if (Files.size(Path.of(file.uri())) > TextFiles.DEFAULT_MAX_BYTES) {
        return false;
      }
      try (InputStream in = file.inputStream()) {
        byte[] head = in.readNBytes(TextFiles.PROBE_BYTES);
        return !TextFiles.looksBinary(head, head.length);
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** The path from the module's base directory, with forward slashes, as the rules read paths. */
  private static String relativePath(FileSystem fs, InputFile file) {
    try {
      return fs.baseDir().toPath().relativize(Path.of(file.uri())).toString().replace('\\', '/');
    } catch (IllegalArgumentException e) {
      return file.filename();
    }
  }

  private static RuleKey ruleKey(String ruleId) {
    return RuleKey.of(PostHogGuardRulesDefinition.REPOSITORY_KEY, ruleId);
  }
}
