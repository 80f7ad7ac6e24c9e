package io.github.posthogguard.sonar;

import org.sonar.plugins.java.api.CheckRegistrar;
import org.sonarsource.api.sonarlint.SonarLintSide;

/**
 * Hands the checks to sonar-java, which runs them in SonarQube and in SonarQube for IDE. Every
 * check applies to test sources too: a key committed in a test is leaked all the same.
 */
@SonarLintSide
public final class PostHogGuardCheckRegistrar implements CheckRegistrar {

  @Override
  public void register(RegistrarContext registrarContext) {
    registrarContext.registerClassesForRepository(
        PostHogGuardRulesDefinition.REPOSITORY_KEY, RulesList.checks(), RulesList.checks());
  }
}
