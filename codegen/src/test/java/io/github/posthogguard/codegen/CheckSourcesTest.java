package io.github.posthogguard.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.posthogguard.docs.RuleDoc;
import io.github.posthogguard.docs.RuleDocs;
import io.github.posthogguard.options.GuardOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated sources say what the docs say. That they compile, load and register is proven by
 * the surfaces' own tests (ChecksMatchRulesTest, RulesListTest) and the integration tests.
 */
class CheckSourcesTest {

  @Test
  void anErrorProneCheckCarriesItsDocsSummarySeverityAndLink() {
    RuleDoc doc = RuleDocs.load("PostHogKeyClientExposure");

    String source = CheckSources.errorProneCheck(doc);

    assertThat(source)
        .contains("package io.github.posthogguard.errorprone;")
        .contains("@AutoService(BugChecker.class)")
        .contains("summary = " + CheckSources.literal(doc.summary()))
        .contains("severity = BugPattern.SeverityLevel.ERROR")
        .contains("link = RuleDocs.URL_BASE + \"PostHogKeyClientExposure.md\"")
        .contains("public final class PostHogKeyClientExposure extends AnalyzerBackedCheck {}");
  }

  @Test
  void aSonarCheckHasOneRulePropertyPerParameterOfItsDoc() {
    RuleDoc doc = RuleDocs.load("SecretToLog");

    String source = CheckSources.sonarCheck(doc);

    assertThat(doc.parameters())
        .containsExactly("secretWords", "secretSources", "loggerTypes", "sanitizers", "models");
    for (GuardOptions.Definition option : GuardOptions.DEFINITIONS) {
      assertThat(source)
          .contains(
              "@RuleProperty(key = \""
                  + option.key()
                  + "\", description = "
                  + CheckSources.literal(option.description())
                  + ")\n  public String "
                  + option.key()
                  + " = \"\";");
    }
    assertThat(source)
        .contains("@Rule(key = \"SecretToLog\")")
        .contains("public final class SecretToLogCheck extends PostHogGuardCheck {")
        .contains("Map.entry(\"secretWords\", secretWords)");
    assertThat(CheckSources.sonarCheck(RuleDocs.load("HardcodedPostHogKey")))
        .contains("public final class HardcodedPostHogKeyCheck extends PostHogGuardCheck {}")
        .doesNotContain("RuleProperty", "FlowOptions");
  }

  @Test
  void rulesListHasEveryCheckInThePacksOrder() {
    String source = CheckSources.rulesList(Generate.docs());

    int at = 0;
    for (RuleDoc doc : Generate.docs()) {
      int next = source.indexOf("        " + doc.key() + "Check.class", at);
      assertThat(next).as(doc.key()).isGreaterThan(at);
      at = next;
    }
  }

  @Test
  void everyRuleGetsOneFileOnEachSurface() {
    List<RuleDoc> docs = Generate.docs();

    assertThat(CheckSources.errorProne(docs).keySet())
        .containsExactlyElementsOf(
            docs.stream()
                .map(d -> "io/github/posthogguard/errorprone/" + d.key() + ".java")
                .toList());
    assertThat(CheckSources.sonar(docs)).hasSize(docs.size() + 1);
  }

  @Test
  void aDocThatNamesAnUnknownParameterOrSeverityFailsTheBuild() {
    RuleDoc doc = RuleDocs.load("SecretToLog");
    RuleDoc unknownParameter = withParameters(doc, List.of("secretWord"));
    RuleDoc unknownSeverity =
        new RuleDoc(
            doc.key(),
            doc.title(),
            doc.summary(),
            doc.type(),
            doc.severity(),
            "FATAL",
            doc.impacts(),
            doc.cwe(),
            doc.owaspTop10_2021(),
            doc.tags(),
            doc.parameters(),
            doc.markdown());

    assertThatThrownBy(() -> CheckSources.sonarCheck(unknownParameter))
        .hasMessageContaining("SecretToLog.md")
        .hasMessageContaining("secretWord");
    assertThatThrownBy(() -> CheckSources.errorProneCheck(unknownSeverity))
        .hasMessageContaining("FATAL");
  }

  @Test
  void literalsEscapeWhatJavaNeeds() {
    assertThat(CheckSources.literal("a \"b\" c\\d\ne\u00e9"))
        .isEqualTo("\"a \\\"b\\\" c\\\\d\\ne\\u00e9\"");
  }

  @Test
  void aFileIsWrittenOnlyWhenItsTextChanges(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("a/B.java");

    assertThat(Generate.write(file, "one")).isTrue();
    assertThat(Generate.write(file, "one")).isFalse();
    assertThat(Generate.write(file, "two")).isTrue();
    assertThat(Files.readString(file)).isEqualTo("two");
  }

  private static RuleDoc withParameters(RuleDoc doc, List<String> parameters) {
    return new RuleDoc(
        doc.key(),
        doc.title(),
        doc.summary(),
        doc.type(),
        doc.severity(),
        doc.errorProneSeverity(),
        doc.impacts(),
        doc.cwe(),
        doc.owaspTop10_2021(),
        doc.tags(),
        parameters,
        doc.markdown());
  }
}
