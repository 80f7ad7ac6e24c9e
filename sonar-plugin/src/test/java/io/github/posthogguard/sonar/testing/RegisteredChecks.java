package io.github.posthogguard.sonar.testing;

import io.github.posthogguard.sonar.RulesList;
import io.github.posthogguard.sonar.checks.PostHogGuardCheck;
import java.lang.reflect.InvocationTargetException;
import java.util.List;

/** New instances of the plugin's registered checks, as sonar-java makes them. */
public final class RegisteredChecks {
  private RegisteredChecks() {}

  public static List<PostHogGuardCheck> all() {
    return RulesList.checks().stream().map(RegisteredChecks::instantiate).toList();
  }

  /** The registered check of a rule; fails if no check has that rule key. */
  public static PostHogGuardCheck of(String ruleKey) {
    return all().stream()
        .filter(check -> check.ruleKey().equals(ruleKey))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no check registered for rule " + ruleKey));
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
