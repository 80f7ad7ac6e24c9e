package io.github.posthogguard.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.posthogguard.analyzer.Rule;
import io.github.posthogguard.options.GuardOptions;
import io.github.posthogguard.rules.Rules;
import io.github.posthogguard.testing.CaseFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RuleDocsTest {

  @Test
  void everyRuleHasACompleteDoc() {
    for (Rule rule : Rules.all()) {
      RuleDoc doc = RuleDocs.load(rule.id());
      assertThat(doc.key()).isEqualTo(rule.id());
      assertThat(doc.type()).isIn("VULNERABILITY", "BUG", "CODE_SMELL", "SECURITY_HOTSPOT");
      assertThat(doc.severity()).isIn("BLOCKER", "CRITICAL", "MAJOR", "MINOR", "INFO");
      assertThat(doc.errorProneSeverity()).isIn("ERROR", "WARNING", "SUGGESTION");
      assertThat(doc.cwe()).isNotEmpty();
      assertThat(doc.impacts()).isNotEmpty();
      assertThat(doc.parameters())
          .as("%s's parameters are team options", doc.key())
          .isSubsetOf(GuardOptions.DEFINITIONS.stream().map(GuardOptions.Definition::key).toList())
          .doesNotHaveDuplicates();
      assertThat(doc.markdown())
          .contains("## Why is this an issue?", "## How to fix it", "## Resources")
          .containsIgnoringCase("rotate");
    }
  }

  @Test
  void everyDocAndEveryCaseFolderBelongsToARule() throws IOException {
    var ids = Rules.all().stream().map(Rule::id).toList();
    Path docs = CaseFile.root().resolveSibling("rules-docs");
    try (Stream<Path> files = Files.list(docs);
        Stream<Path> cases = Files.list(CaseFile.root())) {
      assertThat(files.map(p -> p.getFileName().toString().replaceFirst("\\.md$", "")))
          .containsExactlyInAnyOrderElementsOf(ids);
      // config/ holds the cases of every rule that reads files other than Java.
      assertThat(cases.map(p -> p.getFileName().toString()).filter(n -> !n.equals("config")))
          .isSubsetOf(ids);
    }
    assertThat(Rules.all().stream().map(Rule::id))
        .allSatisfy(id -> assertThat(CaseFile.of(id)).isNotEmpty());
  }

  @Test
  void aDocWithoutFrontMatterIsRejectedWithItsName() {
    assertThatThrownBy(() -> RuleDocs.parse("X", "# X\n")).hasMessageContaining("X.md");
    assertThatThrownBy(() -> RuleDocs.parse("X", "---\nkey: X\n---\nbody"))
        .hasMessageContaining("lacks 'title'");
  }
}
