package io.github.posthogguard.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.eval.Evaluator;
import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.rules.Rules;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What another file's demand on a type makes of it: a second pass only when the type can change
 * that file's findings.
 */
class ProjectIndexRelevanceTest {

  @Test
  void aPrivateLoggerIsNoOtherFilesBusinessAProtectedOneIs() {
    ProjectIndex index =
        indexOf(
            "package p; enum Errors { NONE;"
                + " private static final org.slf4j.Logger log = null;"
                + " public static Errors forCode(short code) { return NONE; } }",
            "package p; public class Base {" + " protected final org.slf4j.Logger log = null; }");

    assertThat(index.isRelevantDemand("p.Errors#log", false)).isFalse();
    assertThat(index.isRelevantDemand("p.Errors#forCode", false)).isFalse();
    assertThat(index.isRelevantDemand("p.Errors", false)).isFalse();
    assertThat(index.isRelevantDemand("p.Base#log", false)).isTrue();
    assertThat(index.isRelevantDemand("p.Base", false)).isTrue();
  }

  @Test
  void aMemberNamedLikeASecretMattersOnlyToAFileThatFoundSomethingByThatName() {
    ProjectIndex index = indexOf("package p; public enum Codes { TOKEN, SESSION_ID }");

    // the enum constant can take away a finding made by its name alone, never add one
    assertThat(index.isRelevantDemand("p.Codes", true)).isTrue();
    assertThat(index.isRelevantDemand("p.Codes", false)).isFalse();
  }

  @Test
  void aTypeAskedAboutForItsSupertypesMattersOnlyIfOneOfThemHasAModelsBehaviour() {
    ProjectIndex index =
        indexOf(
            "package p; public class AuditLog extends java.io.PrintStream {"
                + " public AuditLog() { super(System.out); } }",
            "package p; public class FileAudit extends AuditLog {}",
            "package p; public class Holder { public String apiKey() { return null; } }");

    assertThat(index.isRelevantDemand("p.FileAudit^", false)).isTrue();
    assertThat(index.isRelevantDemand("p.Holder^", false)).isFalse();
    assertThat(index.isRelevantDemand("p.Holder", false)).isTrue();
  }

  private static ProjectIndex indexOf(String... sources) {
    List<TypeSummary> summaries =
        java.util.stream.IntStream.range(0, sources.length)
            .boxed()
            .flatMap(
                i -> {
                  SourceFile file = new SourceFile("F" + i + ".java", sources[i]);
                  var parsed = Rules.analyzer().parse(file, ProjectView.NONE);
                  Evaluator evaluator = Evaluator.of(parsed.file(), FlowOptions.NONE);
                  return Summarizer.of(evaluator, file.path()).stream();
                })
            .toList();
    return new ProjectIndex(summaries, Set.of());
  }
}
