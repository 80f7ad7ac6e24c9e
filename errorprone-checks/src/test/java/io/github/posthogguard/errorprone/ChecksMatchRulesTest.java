package io.github.posthogguard.errorprone;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.errorprone.BugPattern;
import com.google.errorprone.bugpatterns.BugChecker;
import io.github.posthogguard.analyzer.Rule;
import io.github.posthogguard.docs.RuleDoc;
import io.github.posthogguard.docs.RuleDocs;
import io.github.posthogguard.rules.Rules;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** One registered check per rule, each agreeing with the rule's doc: nothing drifts. */
class ChecksMatchRulesTest {

  private static List<BugChecker> registered() {
    return ServiceLoader.load(BugChecker.class).stream()
        .map(ServiceLoader.Provider::get)
        .filter(
            c -> c.getClass().getPackageName().equals(ChecksMatchRulesTest.class.getPackageName()))
        .toList();
  }

  @Test
  void everyRuleHasExactlyOneRegisteredCheckOfTheSameName() {
    assertThat(registered())
        .extracting(BugChecker::canonicalName)
        .containsExactlyInAnyOrderElementsOf(Rules.all().stream().map(Rule::id).toList());
  }

  @Test
  void everyCheckSaysWhatItsDocSays() {
    for (BugChecker check : registered()) {
      RuleDoc doc = RuleDocs.load(check.canonicalName());
      BugPattern pattern = check.getClass().getAnnotation(BugPattern.class);
      assertThat(pattern.summary()).as(check.canonicalName()).isEqualTo(doc.summary());
      assertThat(pattern.severity().name()).isEqualTo(doc.errorProneSeverity());
      assertThat(check.linkUrl()).isEqualTo(doc.url());
      assertThat(check.getClass().getSimpleName()).isEqualTo(doc.key());
    }
  }
}
