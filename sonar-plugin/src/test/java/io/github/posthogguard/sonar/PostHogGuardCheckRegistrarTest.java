package io.github.posthogguard.sonar;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.sonar.checks.PostHogGuardCheck;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonar.api.batch.fs.internal.DefaultFileSystem;
import org.sonar.api.rule.RuleKey;
import org.sonar.java.checks.verifier.TestCheckRegistrarContext;

class PostHogGuardCheckRegistrarTest {
  @TempDir Path baseDir;

  @Test
  void registersOneInstanceOfEveryCheckForMainAndOneForTestSources() {
    TestCheckRegistrarContext context = new TestCheckRegistrarContext();
    new PostHogGuardCheckRegistrar(new DefaultFileSystem(baseDir)).register(context);

    assertThat(context.mainCheckInstances)
        .extracting(Object::getClass)
        .containsExactlyElementsOf(RulesList.checks());
    assertThat(context.testCheckInstances)
        .extracting(Object::getClass)
        .containsExactlyElementsOf(RulesList.checks());
    assertThat(context.testCheckInstances)
        .noneMatch(check -> context.mainCheckInstances.stream().anyMatch(m -> m == check));
    assertThat(context.mainRuleKeys)
        .extracting(RuleKey::toString)
        .containsExactlyElementsOf(
            RulesList.ruleKeys().stream().map(key -> "posthog-guard:" + key).toList());
    assertThat(context.testRuleKeys).isEqualTo(context.mainRuleKeys);
    assertThat(context.mainCheckInstances).allMatch(PostHogGuardCheck.class::isInstance);
  }
}
