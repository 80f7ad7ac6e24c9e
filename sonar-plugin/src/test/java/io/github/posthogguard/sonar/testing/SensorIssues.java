package io.github.posthogguard.sonar.testing;

import io.github.posthogguard.sonar.PostHogGuardConfigSensor;
import io.github.posthogguard.sonar.PostHogGuardRulesDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sonar.api.batch.fs.InputFile;
import org.sonar.api.batch.fs.internal.TestInputFileBuilder;
import org.sonar.api.batch.rule.internal.ActiveRulesBuilder;
import org.sonar.api.batch.rule.internal.NewActiveRule;
import org.sonar.api.batch.sensor.internal.SensorContextTester;
import org.sonar.api.batch.sensor.issue.Issue;
import org.sonar.api.rule.RuleKey;

/**
 * The issues the config-file sensor raises on files, run by SonarQube's own sensor test context
 * with every rule of the repository active: what the parity test compares with the other surfaces.
 */
public final class SensorIssues {
  private SensorIssues() {}

  /** A raised issue: line and rule key, and the text range's columns (0-based, end exclusive). */
  public record Raised(
      String path, int line, String ruleKey, int startColumn, int endColumn, String message) {}

  /** The issues on {@code files}, indexed under {@code baseDir} as a scanner indexes a module. */
  public static List<Raised> of(Path baseDir, List<Path> files, String... activeRules) {
    SensorContextTester context = SensorContextTester.create(baseDir);
    ActiveRulesBuilder rules = new ActiveRulesBuilder();
    for (String rule : activeRules) {
      rules.addRule(
          new NewActiveRule.Builder()
              .setRuleKey(RuleKey.of(PostHogGuardRulesDefinition.REPOSITORY_KEY, rule))
              .build());
    }
    context.setActiveRules(rules.build());
    for (Path file : files) {
      context.fileSystem().add(inputFile(baseDir, file));
    }
    new PostHogGuardConfigSensor().execute(context);
    return context.allIssues().stream().map(SensorIssues::raised).toList();
  }

  private static InputFile inputFile(Path baseDir, Path file) {
    try {
      String relative = baseDir.relativize(file).toString().replace('\\', '/');
      String language =
          relative.endsWith(".java") ? "java" : relative.endsWith(".xml") ? "xml" : null;
      return TestInputFileBuilder.create("module", baseDir.toFile(), file.toFile())
          .setLanguage(language)
          .setType(InputFile.Type.MAIN)
          .setCharset(StandardCharsets.UTF_8)
          .setContents(Files.readString(file, StandardCharsets.UTF_8))
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Raised raised(Issue issue) {
    var location = issue.primaryLocation();
    var range = location.textRange();
    InputFile file = (InputFile) location.inputComponent();
    return new Raised(
        file.toString(),
        range.start().line(),
        issue.ruleKey().rule(),
        range.start().lineOffset(),
        range.end().lineOffset(),
        location.message());
  }
}
