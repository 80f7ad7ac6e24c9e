package io.github.posthogguard.sonar;

import io.github.posthogguard.sonar.checks.HardcodedPostHogKeyCheck;
import io.github.posthogguard.sonar.checks.PostHogDebugLogsPersonalKeyCheck;
import io.github.posthogguard.sonar.checks.PostHogGuardCheck;
import io.github.posthogguard.sonar.checks.PostHogKeyClientExposureCheck;
import io.github.posthogguard.sonar.checks.PostHogKeyMisuseCheck;
import io.github.posthogguard.sonar.checks.SecretToLogCheck;
import java.util.List;
import org.sonar.plugins.java.api.JavaCheck;

/** Every check of the plugin: adding a rule is adding its check class here. */
public final class RulesList {
  private RulesList() {}

  public static List<Class<? extends JavaCheck>> checks() {
    return List.of(
        HardcodedPostHogKeyCheck.class,
        PostHogKeyClientExposureCheck.class,
        SecretToLogCheck.class,
        PostHogDebugLogsPersonalKeyCheck.class,
        PostHogKeyMisuseCheck.class);
  }

  /** The rule keys of {@link #checks()}, in the same order. */
  public static List<String> ruleKeys() {
    return checks().stream().map(PostHogGuardCheck::ruleKeyOf).toList();
  }
}
