package io.github.posthogguard.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.CompilationUnit;
import io.github.posthogguard.eval.Evaluator;
import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.model.ApiModel;
import io.github.posthogguard.rules.HardcodedPostHogKey;
import io.github.posthogguard.rules.Rules;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalyzerTest {
  private static final String KEY = "phx_aWFeOgd23eOp1ARVjVEeNJPXGyijpXUwIL8tuPmXyNc";

  @Test
  void aFileJavaParserCannotParseIsSkippedWithItsPathAndNoKey() {
    String text =
        "class B {\n  String k = \""
            + KEY
            + "\";\n  int f(int non, int sealed) { return non-sealed; }\n}\n";

    FileAnalysis analysis = Rules.analyzer().analyze(new SourceFile("src/B.java", text));

    assertThat(analysis.findings()).isEmpty();
    assertThat(analysis.problem())
        .hasValueSatisfying(
            p -> {
              assertThat(p)
                  .startsWith("posthog-guard: skipped src/B.java: could not parse it (line 3");
              assertThat(p).doesNotContain(KEY);
            });
  }

  @Test
  void aNameThatHoldsAKeyIsQuotedMasked() {
    String name = "password_" + KEY + "_old";
    String text =
        "class A {\n  org.slf4j.Logger log;\n  void f(String "
            + name
            + ") { log.info("
            + name
            + "); }\n}\n";

    List<Finding> findings = Rules.analyzer().analyze(new SourceFile("A.java", text)).findings();

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("SecretToLog");
              assertThat(f.message()).contains("'password_phx_...XyNc_old'").doesNotContain(KEY);
            });
  }

  @Test
  void aRuleThatThrowsLosesItsFindingsOnThatFileButNotTheOtherRulesNorTheNextFile() {
    Rule brokenOnA =
        new Rule() {
          @Override
          public String id() {
            return "Broken";
          }

          @Override
          public void check(RuleContext context) {
            if (context.file().path().equals("A.java")) {
              throw new IllegalStateException("bug in rule for " + KEY);
            }
            context.report(context.file().unit(), "fine");
          }
        };
    Analyzer analyzer = new Analyzer(List.of(brokenOnA, new HardcodedPostHogKey()));
    String withKey = "{ String k = \"" + KEY + "\"; }";

    FileAnalysis first = analyzer.analyze(new SourceFile("A.java", "class A " + withKey));
    FileAnalysis next = analyzer.analyze(new SourceFile("C.java", "class C " + withKey));

    assertThat(first.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p).contains("A.java", "Broken", "IllegalStateException");
              assertThat(p).doesNotContain(KEY);
            });
    assertThat(first.findingsOf("Broken")).isEmpty();
    assertThat(first.findingsOf(HardcodedPostHogKey.ID)).hasSize(1);
    assertThat(next.problems()).isEmpty();
    assertThat(next.findingsOf("Broken")).hasSize(1);
    assertThat(next.findingsOf(HardcodedPostHogKey.ID)).hasSize(1);
  }

  @Test
  void everyRuleSeesTheSameParse() {
    List<CompilationUnit> seen = new ArrayList<>();
    Rule spy1 = spy("One", seen);
    Rule spy2 = spy("Two", seen);

    new Analyzer(List.of(spy1, spy2)).analyze(new SourceFile("A.java", "class A {}"));

    assertThat(seen).hasSize(2);
    assertThat(seen.get(0)).isSameAs(seen.get(1));
  }

  @Test
  void rulesShareWhatTheyDeriveAlikeFromAFile() {
    List<Object> seen = new ArrayList<>();
    Rule one =
        new Rule() {
          @Override
          public String id() {
            return "One";
          }

          @Override
          public void check(RuleContext context) {
            seen.add(Evaluator.of(context.file(), FlowOptions.NONE));
            seen.add(context.file().semantics(ApiModel.builtIn()));
          }
        };
    Rule two =
        new Rule() {
          @Override
          public String id() {
            return "Two";
          }

          @Override
          public void check(RuleContext context) {
            seen.add(Evaluator.of(context.file(), FlowOptions.NONE));
            seen.add(context.file().semantics(ApiModel.builtIn()));
          }
        };

    new Analyzer(List.of(one, two)).analyze(new SourceFile("A.java", "class A {}"));

    assertThat(seen).hasSize(4);
    assertThat(seen.get(2)).isSameAs(seen.get(0));
    assertThat(seen.get(3)).isSameAs(seen.get(1));
  }

  @Test
  void handlesWindowsLineEndingsAndTabs() {
    String text = "class A {\r\n\tString k =\r\n\t\t\"" + KEY + "\";\r\n}\r\n";

    Finding finding = Rules.analyzer().analyze(new SourceFile("A.java", text)).findings().get(0);

    assertThat(finding.range().beginLine()).isEqualTo(3);
    assertThat(finding.range().beginColumn()).isEqualTo(4);
    assertThat(text.substring(finding.range().beginOffset(), finding.range().endOffset()))
        .isEqualTo(KEY);
  }

  @Test
  void findingsComeInFileOrder() {
    String text = "class A {\n  // " + KEY + "\n  String a = \"" + KEY + "\";\n}\n";

    List<Finding> findings = Rules.analyzer().analyze(new SourceFile("A.java", text)).findings();

    assertThat(findings).extracting(Finding::line).containsExactly(2, 3);
  }

  private static Rule spy(String id, List<CompilationUnit> seen) {
    return new Rule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public void check(RuleContext context) {
        seen.add(context.file().unit());
      }
    };
  }
}
