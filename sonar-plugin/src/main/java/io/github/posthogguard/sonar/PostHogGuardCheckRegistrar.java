package io.github.posthogguard.sonar;

import io.github.posthogguard.sonar.checks.ModuleProject;
import io.github.posthogguard.sonar.checks.PostHogGuardCheck;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sonar.api.batch.fs.FileSystem;
import org.sonar.plugins.java.api.CheckRegistrar;
import org.sonarsource.api.sonarlint.SonarLintSide;

/**
 * Hands the checks to sonar-java, which runs them in SonarQube and in SonarQube for IDE. Every
 * check applies to test sources too: a key committed in a test is leaked all the same. The checks
 * share the module's Java files as one project, so a finding may rest on another file.
 */
@SonarLintSide
public final class PostHogGuardCheckRegistrar implements CheckRegistrar {
  private static final Logger LOG = LoggerFactory.getLogger(PostHogGuardCheckRegistrar.class);

  private final FileSystem fileSystem;

  public PostHogGuardCheckRegistrar(FileSystem fileSystem) {
    this.fileSystem = fileSystem;
  }

  @Override
  public void register(RegistrarContext registrarContext) {
    ModuleProject project = ModuleProject.of(fileSystem, LOG::warn);
    registrarContext.registerMainChecks(
        PostHogGuardRulesDefinition.REPOSITORY_KEY, checksIn(project));
    registrarContext.registerTestChecks(
        PostHogGuardRulesDefinition.REPOSITORY_KEY, checksIn(project));
  }

  /** One new instance of every check, seeing {@code project}; sonar-java sets their parameters. */
  private static List<PostHogGuardCheck> checksIn(ModuleProject project) {
    return RulesList.checks().stream().map(c -> instantiate(c).inProject(project)).toList();
  }

  private static PostHogGuardCheck instantiate(Class<?> checkClass) {
    try {
      return (PostHogGuardCheck) checkClass.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
      throw new IllegalStateException("cannot create " + checkClass.getName(), cause);
    }
  }
}
