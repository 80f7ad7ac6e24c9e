package io.github.posthogguard.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.posthogguard.docs.RuleDoc;
import io.github.posthogguard.testing.CaseFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadmeIndexTest {

  /** The build writes the index before the tests run; this guards a build that skipped that. */
  @Test
  void theReadmeHoldsTheIndexTheDocsGive() throws IOException {
    String readme =
        Files.readString(CaseFile.root().resolveSibling("README.md"), StandardCharsets.UTF_8)
            .replace("\r\n", "\n");

    assertThat(ReadmeIndex.into(readme, Generate.docs())).isEqualTo(readme);
  }

  @Test
  void oneRowPerRuleInThePacksOrder() {
    List<RuleDoc> docs = Generate.docs();

    String table = ReadmeIndex.table(docs);

    assertThat(table.lines()).hasSize(docs.size() + 2);
    assertThat(table)
        .contains(
            "| [`HardcodedPostHogKey`](rules-docs/HardcodedPostHogKey.md) | PostHog secret keys"
                + " should not be hard-coded | BLOCKER | ERROR | CWE-798 |");
    assertThat(table.lines().skip(2).map(l -> l.substring(4, l.indexOf('`', 4))))
        .containsExactlyElementsOf(docs.stream().map(RuleDoc::key).toList());
  }

  @Test
  void onlyTheTextBetweenTheMarkersIsReplaced() {
    String readme =
        "# Title\n\n" + ReadmeIndex.BEGIN + "| old |\n" + ReadmeIndex.END + "\n\nAfter.\n";

    String updated = ReadmeIndex.into(readme, Generate.docs());

    assertThat(updated)
        .startsWith("# Title\n\n" + ReadmeIndex.BEGIN + "| rule |")
        .endsWith("|\n" + ReadmeIndex.END + "\n\nAfter.\n")
        .doesNotContain("| old |");
    assertThatThrownBy(() -> ReadmeIndex.into("# No index\n", Generate.docs()))
        .hasMessageContaining("rule-index:begin");
  }
}
