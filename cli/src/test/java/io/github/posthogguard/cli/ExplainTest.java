package io.github.posthogguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.analyzer.Rule;
import io.github.posthogguard.docs.RuleDoc;
import io.github.posthogguard.docs.RuleDocs;
import io.github.posthogguard.rules.Rules;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ExplainTest {

  @Test
  void explainPrintsTheRuleDocumentation() {
    for (Rule rule : Rules.all()) {
      RuleDoc doc = RuleDocs.load(rule.id());

      CliRun run = CliRun.of("--explain", rule.id());

      assertThat(run.exitCode()).isZero();
      assertThat(run.out())
          .startsWith(rule.id() + ": " + doc.title())
          .contains(doc.summary(), doc.markdown(), doc.url());
      assertThat(run.err()).isEmpty();
    }
  }

  @Test
  void explainOfAnUnknownRuleListsTheRules() {
    CliRun run = CliRun.of("--explain", "NoSuchRule");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("unknown rule 'NoSuchRule'");
    Rules.all().forEach(rule -> assertThat(run.err()).contains(rule.id()));
  }

  @Test
  void listRulesPrintsEveryRuleWithItsSummary() {
    CliRun run = CliRun.of("--list-rules");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).hasSize(Rules.all().size());
    // Ids are padded to the longest one, so that the summaries line up.
    for (Rule rule : Rules.all()) {
      assertThat(run.out())
          .containsPattern(
              "(?m)^"
                  + Pattern.quote(rule.id())
                  + " {2,}"
                  + Pattern.quote(RuleDocs.load(rule.id()).summary())
                  + "$");
    }
  }

  @Test
  void explainTakesNoPath() {
    assertThat(CliRun.of("--explain", "HardcodedPostHogKey", ".").exitCode()).isEqualTo(2);
  }
}
