package io.github.posthogguard.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.analyzer.Analyzer;
import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.rules.Rules;
import io.github.posthogguard.testing.CaseFile;
import io.github.posthogguard.testing.CaseProject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The meta-test of the models: every row of the built-in model files is exercised by a line of
 * {@code test-cases/}, as CodeQL asks a test per model row. A row that no case matches is a row
 * nobody knows works: add a case line that needs it (a {@code // Noncompliant} line, and a silent
 * line beside it where the row could be too eager), or drop the row.
 *
 * <p>The word lists ({@code secretHeaders}, {@code sessionCookies}, {@code sanitizerWords}) are not
 * rows of an API: {@link WordListsTest} tries each word, and a word without it, in a snippet of its
 * own.
 */
class ModelCoverageTest {

  @Test
  void everyBuiltInRowIsExercisedByACase() {
    List<String> problems = new ArrayList<>();
    Set<ModelRow> hit =
        recording(
            () -> {
              Analyzer analyzer = Rules.analyzer();
              for (CaseFile caseFile : CaseFile.all()) {
                FileAnalysis analysis =
                    analyzer.analyze(new SourceFile(caseFile.name(), caseFile.text()));
                analysis.problem().ifPresent(p -> problems.add(caseFile.name() + ": " + p));
              }
              for (CaseProject project : CaseProject.all()) {
                for (FileAnalysis analysis : project.analyze()) {
                  analysis.problem().ifPresent(p -> problems.add(project.name() + ": " + p));
                }
              }
              return null;
            });

    assertThat(problems).isEmpty();
    List<ModelRow> rows =
        ApiModel.builtIn().rows().stream()
            .filter(row -> !ModelReader.WORD_SECTIONS.contains(row.section()))
            .toList();
    List<String> missed =
        rows.stream()
            .filter(row -> !hit.contains(row) && !isAllowedMiss(row))
            .map(ModelRow::toString)
            .toList();
    assertThat(missed)
        .as("rows of the built-in models that no line of test-cases/ exercises")
        .isEmpty();
    assertThat(rows.stream().filter(row -> hit.contains(row) && isAllowedMiss(row)))
        .as("allowed misses that a case now exercises: take them off the list")
        .isEmpty();
  }

  /** Each allowed miss names a row of the models; none may stay on the list once a case hits it. */
  @Test
  void everyAllowedMissNamesARowOfTheModels() {
    for (String miss : ALLOWED_MISSES.keySet()) {
      assertThat(ApiModel.builtIn().rows()).as(miss).anyMatch(row -> isMiss(row, miss));
    }
  }

  /**
   * Rows no case can exercise, as {@code section type}, with the reason. Case files are compiled by
   * javac against the test class path; a library with no jar on Maven Central gets a stand-in in a
   * multi-file case, but a stand-in declares its own supertypes and methods, so the rows that tell
   * them cannot be exercised through it.
   */
  private static final Map<String, String> ALLOWED_MISSES =
      Map.of(
          "subtypes timber.log.Timber.Forest",
          "Timber ships as an Android AAR only; its stand-in declares Forest's supertype itself",
          "returns timber.log.Timber",
          "Timber ships as an Android AAR only; its stand-in declares what tag() returns",
          "subtypes androidx.activity.ComponentActivity",
          "AndroidX ships as Android AARs only; a stand-in declares its supertypes itself",
          "subtypes androidx.fragment.app.FragmentActivity",
          "AndroidX ships as Android AARs only; a stand-in declares its supertypes itself",
          "subtypes androidx.appcompat.app.AppCompatActivity",
          "AndroidX ships as Android AARs only; a stand-in declares its supertypes itself");

  private static boolean isAllowedMiss(ModelRow row) {
    return ALLOWED_MISSES.keySet().stream().anyMatch(miss -> isMiss(row, miss));
  }

  private static boolean isMiss(ModelRow row, String miss) {
    String type = row.get("type").or(() -> row.get("annotation")).orElse("");
    return miss.equals(row.section() + " " + type);
  }

  /** The recording itself: a call records the rows it needs, and only those. */
  @Test
  void aCallRecordsTheRowsItMatches() {
    String source =
        """
        import org.slf4j.LoggerFactory;
        class A {
          void a(String password) { LoggerFactory.getLogger(A.class).info("password {}", password); }
        }
        """;
    Set<ModelRow> hit =
        recording(
            () -> Rules.analyzer().analyze(new SourceFile("A.java", source)).findings().size());

    assertThat(hit)
        .extracting(ModelRow::section, r -> r.get("type").orElse(""))
        .contains(
            org.assertj.core.groups.Tuple.tuple("logSinks", "org.slf4j.Logger"),
            org.assertj.core.groups.Tuple.tuple("returns", "org.slf4j.LoggerFactory"))
        .doesNotContain(
            org.assertj.core.groups.Tuple.tuple("logSinks", "org.apache.logging.log4j.Logger"));
    assertThat(ModelCoverage.recording()).isFalse();
  }

  /** A receiver of a subtype matches through the {@code subtypes} rows on its way up, recorded. */
  @Test
  void aMatchThroughASupertypeRecordsTheSubtypeRows() {
    String source =
        """
        import org.springframework.core.env.StandardEnvironment;
        import org.slf4j.Logger;
        class A {
          Logger log;
          void a(StandardEnvironment env) { log.info(env.getProperty("db.password")); }
        }
        """;
    Set<ModelRow> hit =
        recording(() -> Rules.analyzer().analyze(new SourceFile("A.java", source)).findings());

    assertThat(hit.stream().filter(r -> r.section().equals("subtypes")))
        .extracting(r -> r.require("type"))
        .containsExactlyInAnyOrder(
            "org.springframework.core.env.StandardEnvironment",
            "org.springframework.core.env.ConfigurableEnvironment",
            "org.springframework.core.env.Environment");
  }

  private static Set<ModelRow> recording(Supplier<?> work) {
    ModelCoverage.start();
    Set<ModelRow> hit;
    try {
      work.get();
    } finally {
      hit = ModelCoverage.stop();
    }
    return hit;
  }
}
